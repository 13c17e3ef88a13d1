#include "ImportCommands.h"

#include "CliContext.h"
#include "CliHints.h"
#include "import/ImportSource.h"
#include "import/SecretImporter.h"
#include "import/SkillpackImporter.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace scopevault {

namespace {

// Exit code when the import completed but some input was skipped.
constexpr int PartialExit = 7;

bool dryRun(CliContext& context)
{
    return context.parser().isSet(QStringLiteral("dry-run"));
}

Scope scopeOption(CliContext& context)
{
    if (!context.parser().isSet(QStringLiteral("scope"))) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate(
                             "ImportCommands",
                             "--scope is required: system, PACK or PACK/ACTION to import into"));
    }
    return Scope::parse(context.parser().value(QStringLiteral("scope")));
}

QJsonArray problemsJson(const QList<ImportSource::Problem>& problems)
{
    QJsonArray array;
    for (const ImportSource::Problem& problem : problems) {
        array.append(QJsonObject{{QStringLiteral("where"), problem.where},
                                 {QStringLiteral("reason"), problem.reason}});
    }
    return array;
}

// Runs the import and prints one line per name (or one JSON object); returns the exit code.
int importItems(CliContext& context, const Scope& scope,
                const std::vector<SecretImporter::Item>& items,
                const QList<ImportSource::Problem>& problems, AuditAction auditAction)
{
    VaultService& vault = context.unlockedService();
    const bool overwrite = context.parser().isSet(QStringLiteral("overwrite"));
    const bool dry = dryRun(context);
    const auto mayOverwrite = [&](const SecretRef& ref) {
        return overwrite || (!dry && context.confirm(QCoreApplication::translate(
                                                         "ImportCommands",
                                                         "%1 exists with another value. Overwrite?")
                                                         .arg(ref.toString())));
    };
    const std::vector<SecretImporter::Outcome> outcomes = SecretImporter(vault).run(
        scope, items, dry, mayOverwrite, auditAction, context.arguments().at(0));
    int skipped = static_cast<int>(problems.size());
    int changed = 0;
    QJsonArray itemsJson;
    for (const SecretImporter::Outcome& outcome : outcomes) {
        skipped += outcome.kind == SecretImporter::Outcome::Kind::Skipped ? 1 : 0;
        changed += outcome.kind == SecretImporter::Outcome::Kind::Added ||
                           outcome.kind == SecretImporter::Outcome::Kind::Updated
                       ? 1
                       : 0;
        if (context.isSet("json")) {
            itemsJson.append(
                QJsonObject{{QStringLiteral("name"), outcome.name},
                            {QStringLiteral("result"), SecretImporter::kindName(outcome.kind)},
                            {QStringLiteral("origin"), outcome.origin},
                            {QStringLiteral("reason"), outcome.reason}});
            continue;
        }
        QString line = QStringLiteral("%1 %2:%3  (%4)")
                           .arg(SecretImporter::kindName(outcome.kind).leftJustified(9),
                                scope.toString(), outcome.name, outcome.origin);
        if (!outcome.reason.isEmpty()) {
            line += QStringLiteral(": ") + outcome.reason;
            const QString advice = CliHints::advice(outcome.remedy);
            if (!advice.isEmpty()) {
                line += QStringLiteral(" (") + advice + QLatin1Char(')');
            }
        }
        context.print(line);
    }
    if (context.isSet("json")) {
        context.printJson(QJsonObject{{QStringLiteral("dryRun"), dry},
                                      {QStringLiteral("scope"), scope.toString()},
                                      {QStringLiteral("changed"), changed},
                                      {QStringLiteral("skipped"), skipped},
                                      {QStringLiteral("items"), itemsJson},
                                      {QStringLiteral("problems"), problemsJson(problems)}});
        return skipped > 0 ? PartialExit : 0;
    }
    context.print(
        (dry ? QCoreApplication::translate(
                   "ImportCommands", "Dry run: %1 would change, %2 skipped; nothing was written.")
             : QCoreApplication::translate("ImportCommands", "Imported: %1 changed, %2 skipped."))
            .arg(changed)
            .arg(skipped));
    return skipped > 0 ? PartialExit : 0;
}

int runSecretFile(CliContext& context, ImportSource::Kind kind)
{
    const QString path = context.arguments().at(0);
    const Scope scope = scopeOption(context);
    const ImportSource::Loaded loaded = ImportSource::load(kind, path);
    for (const ImportSource::Problem& problem : loaded.problems) {
        context.warn(kind == ImportSource::Kind::Dotenv
                         ? QCoreApplication::translate("ImportCommands", "%1: %2; line skipped")
                               .arg(problem.where, problem.reason)
                         : QCoreApplication::translate("ImportCommands", "%1: %2 skipped: %3")
                               .arg(path, problem.where, problem.reason));
    }
    return importItems(context, scope, loaded.items, loaded.problems,
                       ImportSource::auditAction(kind));
}

int runDotenv(CliContext& context)
{
    return runSecretFile(context, ImportSource::Kind::Dotenv);
}

int runAbstractCore(CliContext& context)
{
    return runSecretFile(context, ImportSource::Kind::AbstractCore);
}

int printSkillpackJson(CliContext& context, SkillpackImporter& importer, const SkillpackPlan& plan)
{
    QJsonArray actions;
    for (const SkillpackPlan::ActionChange& change : plan.actions) {
        QJsonArray declares;
        for (const Declaration& each : change.manifest.declarations) {
            declares.append(QJsonObject{{QStringLiteral("name"), each.name},
                                        {QStringLiteral("required"), each.required}});
        }
        actions.append(
            QJsonObject{{QStringLiteral("action"), change.scope.toString()},
                        {QStringLiteral("new"), change.isNew},
                        {QStringLiteral("declares"), declares},
                        {QStringLiteral("added"), QJsonArray::fromStringList(change.added)},
                        {QStringLiteral("changed"), QJsonArray::fromStringList(change.changed)},
                        {QStringLiteral("removed"), QJsonArray::fromStringList(change.removed)}});
    }
    const bool dry = dryRun(context);
    if (!dry) {
        importer.apply(plan, context.arguments().at(0));
    }
    context.printJson(
        QJsonObject{{QStringLiteral("dryRun"), dry},
                    {QStringLiteral("newPacks"), QJsonArray::fromStringList(plan.newPacks)},
                    {QStringLiteral("actions"), actions},
                    {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)}});
    return 0;
}

int runSkillpack(CliContext& context)
{
    std::optional<QString> pack;
    if (context.parser().isSet(QStringLiteral("pack"))) {
        pack = context.parser().value(QStringLiteral("pack"));
    }
    SkillpackImporter importer(context.unlockedService());
    const SkillpackPlan plan = importer.plan(context.arguments().at(0), pack);
    if (context.isSet("json")) {
        return printSkillpackJson(context, importer, plan);
    }
    for (const QString& newPack : plan.newPacks) {
        context.print(QCoreApplication::translate("ImportCommands", "new pack    %1").arg(newPack));
    }
    for (const SkillpackPlan::ActionChange& change : plan.actions) {
        QString line =
            (change.isNew ? QCoreApplication::translate("ImportCommands", "new action  %1")
                          : QCoreApplication::translate("ImportCommands", "action      %1"))
                .arg(change.scope.toString());
        QStringList parts;
        if (!change.added.isEmpty()) {
            parts << QCoreApplication::translate("ImportCommands", "declares %1")
                         .arg(change.added.join(QStringLiteral(", ")));
        }
        if (!change.changed.isEmpty()) {
            parts << QCoreApplication::translate("ImportCommands", "changes %1")
                         .arg(change.changed.join(QStringLiteral(", ")));
        }
        if (!change.removed.isEmpty()) {
            parts << QCoreApplication::translate("ImportCommands", "no longer declares %1")
                         .arg(change.removed.join(QStringLiteral(", ")));
        }
        if (parts.isEmpty()) {
            parts << (change.manifest.declarations.isEmpty()
                          ? QCoreApplication::translate("ImportCommands", "declares nothing")
                          : QCoreApplication::translate("ImportCommands", "unchanged"));
        }
        context.print(line + QStringLiteral(": ") + parts.join(QStringLiteral("; ")));
    }
    for (const QString& warning : plan.warnings) {
        context.warn(warning);
    }
    if (dryRun(context)) {
        context.print(
            QCoreApplication::translate("ImportCommands", "Dry run: nothing was written."));
        return 0;
    }
    importer.apply(plan, context.arguments().at(0));
    context.print(plan.actions.size() == 1
                      ? QCoreApplication::translate("ImportCommands", "Imported 1 action.")
                      : QCoreApplication::translate("ImportCommands", "Imported %1 actions.")
                            .arg(plan.actions.size()));
    return 0;
}

} // namespace

QList<CliCommand> ImportCommands::all()
{
    const QCommandLineOption dry(QStringLiteral("dry-run"),
                                 QCoreApplication::translate("ImportCommands",
                                                             "Show what would change; write "
                                                             "nothing."));
    const QCommandLineOption scope(
        QStringLiteral("scope"),
        QCoreApplication::translate("ImportCommands", "Scope to import into."),
        QCoreApplication::translate("ImportCommands", "scope"));
    const QCommandLineOption overwrite(
        QStringLiteral("overwrite"),
        QCoreApplication::translate("ImportCommands", "Replace existing values without asking."));
    return {
        {QStringLiteral("import skillpack"),
         QStringLiteral("DIR"),
         QCoreApplication::translate(
             "ImportCommands",
             "Register packs, actions and declared secrets from manifest.yaml files."),
         {{QStringLiteral("pack"),
           QCoreApplication::translate("ImportCommands",
                                       "Pack name for a folder of one pack's actions."),
           QCoreApplication::translate("ImportCommands", "name")},
          dry,
          CliContext::jsonOption()},
         1,
         1,
         runSkillpack},
        {QStringLiteral("import dotenv"),
         QStringLiteral("FILE"),
         QCoreApplication::translate(
             "ImportCommands",
             "Import NAME=value lines; malformed lines are reported and skipped (exit 7)."),
         {scope, dry, overwrite, CliContext::jsonOption()},
         1,
         1,
         runDotenv},
        {QStringLiteral("import abstractcore"),
         QStringLiteral("FILE"),
         QCoreApplication::translate(
             "ImportCommands", "Import api_keys of an AbstractCore config as PROVIDER_API_KEY."),
         {scope, dry, overwrite, CliContext::jsonOption()},
         1,
         1,
         runAbstractCore},
    };
}

} // namespace scopevault
