#include "ScopeCommands.h"

#include "CliContext.h"
#include "access/AccessPolicy.h"
#include "access/Coverage.h"
#include "access/Resolver.h"
#include "catalog/ScopeService.h"
#include "secrets/SecretService.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace scopevault {

namespace {

Scope scopeArgument(CliContext& context, int index, Scope::Kind kind)
{
    const Scope scope = Scope::parse(context.arguments().at(index));
    if (kind == Scope::Kind::Action && scope.kind() != Scope::Kind::Action) {
        throw VaultError(
            ErrorCode::Usage,
            QCoreApplication::translate("ScopeCommands", "'%1' is not an action (PACK/ACTION)")
                .arg(scope.toString()));
    }
    if (kind == Scope::Kind::Pack && scope.kind() != Scope::Kind::Pack) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("ScopeCommands", "'%1' is not a pack")
                             .arg(scope.toString()));
    }
    return scope;
}

QJsonArray scopesJson(const QList<Scope>& scopes)
{
    QJsonArray array;
    for (const Scope& scope : scopes) {
        array.append(scope.toString());
    }
    return array;
}

QJsonObject declarationJson(const Declaration& declaration)
{
    return {{QStringLiteral("name"), declaration.name},
            {QStringLiteral("description"), declaration.description},
            {QStringLiteral("required"), declaration.required}};
}

// --- pack / action -------------------------------------------------------------------------

int runCreate(CliContext& context, Scope::Kind kind)
{
    const Scope scope = scopeArgument(context, 0, kind);
    ScopeService(context.unlockedService()).create(scope, context.value("description"));
    context.print(QCoreApplication::translate("ScopeCommands", "Created %1").arg(scope.toString()));
    return 0;
}

int runDescribe(CliContext& context, Scope::Kind kind)
{
    const Scope scope = scopeArgument(context, 0, kind);
    ScopeService(context.unlockedService()).describe(scope, context.arguments().at(1));
    return 0;
}

int runRename(CliContext& context, Scope::Kind kind)
{
    const Scope scope = scopeArgument(context, 0, kind);
    ScopeService(context.unlockedService()).rename(scope, context.arguments().at(1));
    context.print(QCoreApplication::translate("ScopeCommands", "Renamed %1 to %2")
                      .arg(scope.toString(), context.arguments().at(1)));
    return 0;
}

int runRemove(CliContext& context, Scope::Kind kind)
{
    const Scope scope = scopeArgument(context, 0, kind);
    const ScopeService::Dependents removed =
        ScopeService(context.unlockedService()).remove(scope, context.isSet("force"));
    context.print(
        QCoreApplication::translate("ScopeCommands", "Deleted %1; with it secrets: %2, grants: %3")
            .arg(scope.toString())
            .arg(removed.secrets.size())
            .arg(removed.grants.size()));
    return 0;
}

int runPackList(CliContext& context)
{
    const Catalog& catalog = context.unlockedService().catalog();
    if (context.isSet("json")) {
        QJsonArray array;
        for (const Pack& pack : catalog.packs()) {
            array.append(QJsonObject{{QStringLiteral("name"), pack.name},
                                     {QStringLiteral("description"), pack.description},
                                     {QStringLiteral("actions"),
                                      static_cast<int>(catalog.actionsOf(pack.name).size())}});
        }
        context.printJson(array);
        return 0;
    }
    for (const Pack& pack : catalog.packs()) {
        context.print(QCoreApplication::translate("ScopeCommands", "%1  (%2 actions)  %3")
                          .arg(pack.name)
                          .arg(catalog.actionsOf(pack.name).size())
                          .arg(pack.description));
    }
    return 0;
}

int runActionList(CliContext& context)
{
    std::optional<Scope> within;
    if (!context.arguments().isEmpty()) {
        within = scopeArgument(context, 0, Scope::Kind::Pack);
    }
    const Catalog& catalog = context.unlockedService().catalog();
    QJsonArray array;
    for (const Action& action : catalog.actions()) {
        if (within && action.pack != within->packName()) {
            continue;
        }
        if (context.isSet("json")) {
            QJsonArray declarations;
            for (const Declaration& each : action.declarations) {
                declarations.append(declarationJson(each));
            }
            array.append(QJsonObject{{QStringLiteral("action"), action.scope().toString()},
                                     {QStringLiteral("description"), action.description},
                                     {QStringLiteral("declares"), declarations}});
        } else {
            context.print(QCoreApplication::translate("ScopeCommands", "%1  (declares %2)  %3")
                              .arg(action.scope().toString())
                              .arg(action.declarations.size())
                              .arg(action.description));
        }
    }
    if (context.isSet("json")) {
        context.printJson(array);
    }
    return 0;
}

int runActionShow(CliContext& context)
{
    const Scope scope = scopeArgument(context, 0, Scope::Kind::Action);
    const Action* action = context.unlockedService().catalog().action(scope);
    if (!action) {
        throw VaultError(
            ErrorCode::NotFound,
            QCoreApplication::translate("ScopeCommands", "no action '%1'").arg(scope.toString()));
    }
    if (context.isSet("json")) {
        QJsonArray declares;
        for (const Declaration& each : action->declarations) {
            declares.append(QJsonObject{{QStringLiteral("name"), each.name},
                                        {QStringLiteral("required"), each.required},
                                        {QStringLiteral("description"), each.description}});
        }
        context.printJson(QJsonObject{{QStringLiteral("action"), scope.toString()},
                                      {QStringLiteral("description"), action->description},
                                      {QStringLiteral("declares"), declares}});
        return 0;
    }
    context.print(
        QCoreApplication::translate("ScopeCommands", "Action:      %1").arg(scope.toString()));
    context.print(
        QCoreApplication::translate("ScopeCommands", "Description: %1").arg(action->description));
    context.print(QCoreApplication::translate("ScopeCommands", "Declares:"));
    for (const Declaration& each : action->declarations) {
        context.print(QStringLiteral("  %1  %2  %3")
                          .arg(each.name,
                               each.required
                                   ? QCoreApplication::translate("ScopeCommands", "required")
                                   : QCoreApplication::translate("ScopeCommands", "optional"),
                               each.description));
    }
    return 0;
}

int runDeclare(CliContext& context)
{
    const Scope scope = scopeArgument(context, 0, Scope::Kind::Action);
    const Declaration declaration{context.arguments().at(1), context.value("description"),
                                  !context.isSet("optional")};
    ScopeService(context.unlockedService()).declare(scope, declaration);
    context.print(QCoreApplication::translate("ScopeCommands", "%1 declares %2 (%3)")
                      .arg(scope.toString(), declaration.name,
                           declaration.required
                               ? QCoreApplication::translate("ScopeCommands", "required")
                               : QCoreApplication::translate("ScopeCommands", "optional")));
    return 0;
}

int runUndeclare(CliContext& context)
{
    const Scope scope = scopeArgument(context, 0, Scope::Kind::Action);
    ScopeService(context.unlockedService()).undeclare(scope, context.arguments().at(1));
    return 0;
}

// --- resolve / coverage --------------------------------------------------------------------

QString revealText(const SecureBuffer& bytes, bool* base64)
{
    const QByteArray raw = QByteArrayView(bytes.view()).toByteArray();
    const QString text = QString::fromUtf8(raw);
    *base64 = text.toUtf8() != raw;
    return *base64 ? QString::fromLatin1(raw.toBase64()) : text;
}

int runResolve(CliContext& context)
{
    const Scope scope = scopeArgument(context, 0, Scope::Kind::Action);
    VaultService& vault = context.unlockedService();
    const Action* action = vault.catalog().action(scope);
    if (!action) {
        throw VaultError(
            ErrorCode::NotFound,
            QCoreApplication::translate("ScopeCommands", "no action '%1'").arg(scope.toString()));
    }
    const SecretIndex index = SecretService(vault).secretIndex();
    QList<ResolvedSecret> entries;
    std::optional<AccessDecision> decision;
    if (context.isSet("agent")) {
        decision.emplace();
        entries = AccessPolicy::deliverable(vault.catalog(), index, context.value("agent"), scope,
                                            vault.clock().nowUtc(), &*decision);
    } else {
        entries = Resolver::effective(*action, index);
    }
    const bool reveal = context.isSet("reveal");
    QJsonArray array;
    for (const ResolvedSecret& entry : entries) {
        QJsonObject object{
            {QStringLiteral("name"), entry.name},
            {QStringLiteral("scope"), entry.supplier ? entry.supplier->toString() : QString()},
            {QStringLiteral("shadows"), scopesJson(entry.shadowed)},
            {QStringLiteral("declared"), entry.declaration.has_value()},
            {QStringLiteral("required"), entry.declaration && entry.declaration->required}};
        QString shown;
        if (reveal && entry.supplier) {
            bool base64 = false;
            shown =
                revealText(SecretService(vault).readValue(SecretRef(*entry.supplier, entry.name),
                                                          SecretService::ReadPurpose::Reveal),
                           &base64);
            object.insert(base64 ? QStringLiteral("valueBase64") : QStringLiteral("value"), shown);
        }
        if (context.isSet("json")) {
            array.append(object);
            continue;
        }
        QStringList shadows;
        for (const Scope& each : entry.shadowed) {
            shadows << each.toString();
        }
        QString line = entry.name.leftJustified(28) + QLatin1Char(' ') +
                       (entry.supplier ? entry.supplier->toString()
                                       : QCoreApplication::translate("ScopeCommands", "(missing)"))
                           .leftJustified(24);
        if (!shadows.isEmpty()) {
            line += QCoreApplication::translate("ScopeCommands", " shadows %1")
                        .arg(shadows.join(QStringLiteral(", ")));
        }
        if (!entry.declaration) {
            line += QCoreApplication::translate("ScopeCommands", " [not declared]");
        } else if (!entry.declaration->required) {
            line += QCoreApplication::translate("ScopeCommands", " [optional]");
        }
        if (reveal && entry.supplier) {
            line += QStringLiteral(" = ") + shown;
        }
        context.print(line);
    }
    if (context.isSet("json")) {
        QJsonObject result{{QStringLiteral("action"), scope.toString()},
                           {QStringLiteral("secrets"), array}};
        if (decision) {
            result.insert(QStringLiteral("agent"), context.value("agent"));
            result.insert(QStringLiteral("granted"), decision->granted());
            result.insert(QStringLiteral("reason"), decision->reason);
        }
        context.printJson(result);
    } else if (decision) {
        context.print(QCoreApplication::translate("ScopeCommands", "agent %1: %2")
                          .arg(context.value("agent"), decision->reason));
    }
    return decision && !decision->granted() ? static_cast<int>(ErrorCode::Denied) : 0;
}

int runCoverage(CliContext& context)
{
    std::optional<Scope> within;
    if (!context.arguments().isEmpty()) {
        within = Scope::parse(context.arguments().at(0));
    }
    std::optional<QString> agent;
    if (context.isSet("agent")) {
        agent = context.value("agent");
    }
    VaultService& vault = context.unlockedService();
    if (within && !vault.catalog().hasScope(*within)) {
        throw VaultError(ErrorCode::NotFound,
                         QCoreApplication::translate("ScopeCommands", "no pack or action '%1'")
                             .arg(within->toString()));
    }
    if (agent && !vault.catalog().agent(*agent)) {
        throw VaultError(
            ErrorCode::NotFound,
            QCoreApplication::translate("ScopeCommands", "no agent named '%1'").arg(*agent));
    }
    const CoverageReport report = Coverage::compute(
        vault.catalog(), SecretService(vault).secretIndex(), within, agent, vault.clock().nowUtc());
    if (context.isSet("json")) {
        QJsonArray items;
        for (const CoverageReport::Item& item : report.items) {
            items.append(QJsonObject{
                {QStringLiteral("action"), item.action.toString()},
                {QStringLiteral("name"), item.declaration.name},
                {QStringLiteral("required"), item.declaration.required},
                {QStringLiteral("state"), CoverageReport::stateName(item.state)},
                {QStringLiteral("scope"), item.supplier ? item.supplier->toString() : QString()}});
        }
        context.printJson(QJsonObject{
            {QStringLiteral("complete"), report.complete()},
            {QStringLiteral("items"), items},
            {QStringLiteral("declaringNothing"), scopesJson(report.actionsDeclaringNothing)},
            {QStringLiteral("agentNote"), report.agentNote}});
    } else {
        QString current;
        for (const CoverageReport::Item& item : report.items) {
            if (item.action.toString() != current) {
                current = item.action.toString();
                context.print(current);
            }
            QString state = CoverageReport::stateName(item.state);
            if (item.supplier) {
                state += item.state == CoverageReport::State::NotGranted
                             ? QCoreApplication::translate("ScopeCommands", " (resolves from %1)")
                                   .arg(item.supplier->toString())
                             : QCoreApplication::translate("ScopeCommands", " from %1")
                                   .arg(item.supplier->toString());
            }
            context.print(
                QStringLiteral("  %1 %2").arg(item.declaration.name.leftJustified(28), state));
        }
        for (const Scope& scope : report.actionsDeclaringNothing) {
            context.print(QCoreApplication::translate("ScopeCommands",
                                                      "%1\n  declares nothing: delivers nothing")
                              .arg(scope.toString()));
        }
        if (!report.agentNote.isEmpty()) {
            context.print(report.agentNote);
        }
        context.print(
            report.complete()
                ? QCoreApplication::translate("ScopeCommands",
                                              "Complete: every required secret resolves.")
                : QCoreApplication::translate("ScopeCommands", "Incomplete: see the lines above."));
    }
    return report.complete() ? 0 : static_cast<int>(ErrorCode::Denied);
}

QCommandLineOption descriptionOption()
{
    return {QStringLiteral("description"),
            QCoreApplication::translate("ScopeCommands", "A description."),
            QCoreApplication::translate("ScopeCommands", "text")};
}

QCommandLineOption forceOption()
{
    return {QStringLiteral("force"),
            QCoreApplication::translate("ScopeCommands",
                                        "Also delete the secrets and grants that depend on it.")};
}

} // namespace

QList<CliCommand> ScopeCommands::all()
{
    using K = Scope::Kind;
    const QCommandLineOption agent(
        QStringLiteral("agent"),
        QCoreApplication::translate("ScopeCommands", "Only what this agent receives."),
        QCoreApplication::translate("ScopeCommands", "name"));
    return {
        {QStringLiteral("pack add"),
         QStringLiteral("PACK"),
         QCoreApplication::translate("ScopeCommands", "Create a pack."),
         {descriptionOption()},
         1,
         1,
         [](CliContext& c) {
             return runCreate(c, K::Pack);
         }},
        {QStringLiteral("pack list"),
         QString(),
         QCoreApplication::translate("ScopeCommands", "List packs."),
         {CliContext::jsonOption()},
         0,
         0,
         runPackList},
        {QStringLiteral("pack describe"),
         QStringLiteral("PACK TEXT"),
         QCoreApplication::translate("ScopeCommands", "Set a description."),
         {},
         2,
         2,
         [](CliContext& c) {
             return runDescribe(c, K::Pack);
         }},
        {QStringLiteral("pack rename"),
         QStringLiteral("PACK NEW_NAME"),
         QCoreApplication::translate("ScopeCommands",
                                     "Rename a pack; its actions, secrets and grants follow."),
         {},
         2,
         2,
         [](CliContext& c) {
             return runRename(c, K::Pack);
         }},
        {QStringLiteral("pack rm"),
         QStringLiteral("PACK"),
         QCoreApplication::translate(
             "ScopeCommands",
             "Delete a pack and its actions (refused while secrets or grants depend on it)."),
         {forceOption()},
         1,
         1,
         [](CliContext& c) {
             return runRemove(c, K::Pack);
         }},
        {QStringLiteral("action add"),
         QStringLiteral("PACK/ACTION"),
         QCoreApplication::translate("ScopeCommands", "Create an action (and its pack if needed)."),
         {descriptionOption()},
         1,
         1,
         [](CliContext& c) {
             return runCreate(c, K::Action);
         }},
        {QStringLiteral("action list"),
         QStringLiteral("[PACK]"),
         QCoreApplication::translate("ScopeCommands", "List actions."),
         {CliContext::jsonOption()},
         0,
         1,
         runActionList},
        {QStringLiteral("action show"),
         QStringLiteral("PACK/ACTION"),
         QCoreApplication::translate("ScopeCommands", "Show an action and what it declares."),
         {CliContext::jsonOption()},
         1,
         1,
         runActionShow},
        {QStringLiteral("action describe"),
         QStringLiteral("PACK/ACTION TEXT"),
         QCoreApplication::translate("ScopeCommands", "Set a description."),
         {},
         2,
         2,
         [](CliContext& c) {
             return runDescribe(c, K::Action);
         }},
        {QStringLiteral("action rename"),
         QStringLiteral("PACK/ACTION NEW_NAME"),
         QCoreApplication::translate("ScopeCommands",
                                     "Rename an action; its secrets and grants follow."),
         {},
         2,
         2,
         [](CliContext& c) {
             return runRename(c, K::Action);
         }},
        {QStringLiteral("action rm"),
         QStringLiteral("PACK/ACTION"),
         QCoreApplication::translate(
             "ScopeCommands", "Delete an action (refused while secrets or grants depend on it)."),
         {forceOption()},
         1,
         1,
         [](CliContext& c) {
             return runRemove(c, K::Action);
         }},
        {QStringLiteral("action declare"),
         QStringLiteral("PACK/ACTION NAME"),
         QCoreApplication::translate(
             "ScopeCommands", "Declare a secret the action needs (required unless --optional)."),
         {descriptionOption(),
          {QStringLiteral("optional"),
           QCoreApplication::translate("ScopeCommands", "The action runs without it.")}},
         2,
         2,
         runDeclare},
        {QStringLiteral("action undeclare"),
         QStringLiteral("PACK/ACTION NAME"),
         QCoreApplication::translate("ScopeCommands", "Remove a declaration."),
         {},
         2,
         2,
         runUndeclare},
        {QStringLiteral("resolve"),
         QStringLiteral("PACK/ACTION"),
         QCoreApplication::translate(
             "ScopeCommands",
             "Effective secrets of an action: names, supplying scope, shadowed scopes."),
         {agent,
          CliContext::jsonOption(),
          {QStringLiteral("reveal"),
           QCoreApplication::translate("ScopeCommands", "Also print the values.")}},
         1,
         1,
         runResolve},
        {QStringLiteral("coverage"),
         QStringLiteral("[PACK[/ACTION]]"),
         QCoreApplication::translate(
             "ScopeCommands",
             "Declared secrets per action: resolved, missing, not granted. Exit 6 if incomplete."),
         {agent, CliContext::jsonOption()},
         0,
         1,
         runCoverage},
    };
}

} // namespace scopevault
