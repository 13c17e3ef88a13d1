#include "RotationCommands.h"

#include "CliContext.h"
#include "TextTable.h"
#include "rotation/RotationService.h"
#include "secrets/SecretInput.h"
#include "secrets/SecretRef.h"
#include "secrets/SecretService.h"
#include "secrets/ValueGenerator.h"
#include "text/Duration.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace scopevault {

namespace {

quint64 versionValue(CliContext& context, const char* option, const QString& text)
{
    bool ok = false;
    const quint64 version = text.toULongLong(&ok);
    if (!ok || version == 0) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("RotationCommands",
                                                     "%1 takes a version number (1, 2, …), not "
                                                     "'%2'")
                             .arg(QString::fromLatin1(option), text));
    }
    (void)context;
    return version;
}

ValueGenerator::Charset charsetOption(CliContext& context)
{
    if (!context.isSet("charset")) {
        return ValueGenerator::Charset::Alnum;
    }
    const std::optional<ValueGenerator::Charset> charset =
        ValueGenerator::charsetFromName(context.value("charset"));
    if (!charset) {
        throw VaultError(
            ErrorCode::Usage,
            QCoreApplication::translate("RotationCommands", "--charset takes one of %1, not '%2'")
                .arg(ValueGenerator::charsetNames().join(QStringLiteral(", ")),
                     context.value("charset")));
    }
    return *charset;
}

int lengthOption(CliContext& context)
{
    if (!context.isSet("length")) {
        return ValueGenerator::DefaultLength;
    }
    bool ok = false;
    const int length = context.value("length").toInt(&ok);
    if (!ok) {
        throw VaultError(
            ErrorCode::Usage,
            QCoreApplication::translate("RotationCommands", "--length takes a number, not '%1'")
                .arg(context.value("length")));
    }
    return length;
}

QString policyText(const RotationPolicy& policy)
{
    QStringList parts;
    if (policy.everySeconds > 0) {
        parts << QCoreApplication::translate("RotationCommands", "every %1")
                     .arg(Duration::format(policy.everySeconds));
    }
    if (policy.expires) {
        parts << QCoreApplication::translate("RotationCommands", "expires %1")
                     .arg(policy.expires->toString(Qt::ISODate));
    }
    return parts.join(QStringLiteral(", "));
}

QJsonObject policyJson(const RotationPolicy& policy)
{
    QJsonObject object{{QStringLiteral("target"), policy.target.toString()},
                       {QStringLiteral("warn"), Duration::format(policy.warnSeconds)}};
    if (policy.everySeconds > 0) {
        object.insert(QStringLiteral("every"), Duration::format(policy.everySeconds));
    }
    if (policy.expires) {
        object.insert(QStringLiteral("expires"), policy.expires->toString(Qt::ISODate));
    }
    return object;
}

int runHistory(CliContext& context)
{
    const SecretRef ref = SecretRef::parse(context.arguments().at(0));
    const std::vector<SecretVersion> versions =
        SecretService(context.unlockedService()).history(ref);
    if (context.isSet("json")) {
        QJsonArray array;
        for (const SecretVersion& each : versions) {
            QJsonObject object{{QStringLiteral("version"), qint64(each.version)},
                               {QStringLiteral("changed"), CliContext::isoTime(each.changed)},
                               {QStringLiteral("actor"), each.actor},
                               {QStringLiteral("how"), ValueChanges::name(each.how)},
                               {QStringLiteral("current"), each.current},
                               {QStringLiteral("valueKept"), each.valueKept}};
            if (each.restoredFrom) {
                object.insert(QStringLiteral("from"), qint64(*each.restoredFrom));
            }
            array.append(object);
        }
        context.printJson(array);
        return 0;
    }
    context.print(QCoreApplication::translate(
        "RotationCommands", "VERSION  CHANGED               ACTOR               HOW"));
    for (const SecretVersion& each : versions) {
        QString how = ValueChanges::name(each.how);
        if (each.restoredFrom) {
            how += QCoreApplication::translate("RotationCommands", " (from %1)")
                       .arg(*each.restoredFrom);
        }
        if (each.current) {
            how += QCoreApplication::translate("RotationCommands", ", current");
        } else if (!each.valueKept) {
            how += QCoreApplication::translate("RotationCommands", ", value no longer kept");
        }
        context.print(QString::number(each.version).leftJustified(7) + QStringLiteral("  ") +
                      CliContext::isoTime(each.changed).leftJustified(20) + QStringLiteral("  ") +
                      (each.actor.isEmpty() ? QStringLiteral("-") : each.actor).leftJustified(18) +
                      QStringLiteral("  ") + how);
    }
    return 0;
}

int runRollback(CliContext& context)
{
    const SecretRef ref = SecretRef::parse(context.arguments().at(0));
    if (!context.isSet("to")) {
        throw VaultError(ErrorCode::Usage, QCoreApplication::translate(
                                               "RotationCommands", "rollback needs --to VERSION"));
    }
    const quint64 from = versionValue(context, "--to", context.value("to"));
    const quint64 made = SecretService(context.unlockedService()).rollback(ref, from);
    context.print(QCoreApplication::translate("RotationCommands",
                                              "Rolled back %1: version %2 holds the value of "
                                              "version %3")
                      .arg(ref.toString())
                      .arg(made)
                      .arg(from));
    return 0;
}

int runRotate(CliContext& context)
{
    const SecretRef ref = SecretRef::parse(context.arguments().at(0));
    const bool generate = context.isSet("generate");
    if (!generate &&
        (context.isSet("length") || context.isSet("charset") || context.isSet("print"))) {
        throw VaultError(
            ErrorCode::Usage,
            QCoreApplication::translate("RotationCommands",
                                        "--length, --charset and --print go with --generate"));
    }
    if (!generate && context.stdinHoldsPassphrase()) {
        throw VaultError(
            ErrorCode::Usage,
            QCoreApplication::translate(
                "RotationCommands",
                "--passphrase-fd 0 takes stdin, where rotate reads the new value; give "
                "the passphrase on another descriptor or with --passphrase-file, or "
                "use --generate"));
    }
    VaultService& vault = context.unlockedService();
    SecureBuffer value =
        generate ? ValueGenerator::generate(lengthOption(context), charsetOption(context))
                 : context.readValue(ref.toString());
    const RotationService::Rotated result =
        RotationService(vault).rotate(ref, value, context.isSet("allow-reuse"));
    if (generate && context.isSet("print")) {
        context.writeRaw(value.data(), value.size());
        if (SecretInput::isTerminal(STDOUT_FILENO)) {
            context.print(QString());
        }
    }
    const QString done = QCoreApplication::translate("RotationCommands", "Rotated %1 to version %2")
                             .arg(ref.toString())
                             .arg(result.version);
    generate&& context.isSet("print") ? context.note(done) : context.print(done);
    if (!result.staleAgents.isEmpty()) {
        context.warn(QCoreApplication::translate("RotationCommands",
                                                 "stale bundles: %1 still hold an older value; "
                                                 "re-export them (scopevault-cli export AGENT)")
                         .arg(result.staleAgents.join(QStringLiteral(", "))));
    }
    return 0;
}

int runGenerate(CliContext& context)
{
    const SecureBuffer value =
        ValueGenerator::generate(lengthOption(context), charsetOption(context));
    context.writeRaw(value.data(), value.size());
    if (SecretInput::isTerminal(STDOUT_FILENO)) {
        context.print(QString());
    }
    return 0;
}

int runRotationSet(CliContext& context)
{
    const GrantTarget target = GrantTarget::parse(context.arguments().at(0));
    RotationService::PolicyChange change;
    if (context.isSet("every")) {
        change.everySeconds = Duration::parseSeconds(context.value("every"));
    }
    if (context.isSet("warn")) {
        change.warnSeconds = Duration::parseSeconds(context.value("warn"));
    }
    if (context.isSet("expires")) {
        const QDate date = QDate::fromString(context.value("expires"), Qt::ISODate);
        if (!date.isValid()) {
            throw VaultError(ErrorCode::Usage,
                             QCoreApplication::translate("RotationCommands",
                                                         "--expires takes a date YYYY-MM-DD, not "
                                                         "'%1'")
                                 .arg(context.value("expires")));
        }
        change.expires = date;
    }
    const RotationPolicy policy =
        RotationService(context.unlockedService()).setPolicy(target, change);
    context.print(
        QCoreApplication::translate("RotationCommands",
                                    "Rotation policy of %1: %2 (warn %3 before)")
            .arg(target.toString(), policyText(policy), Duration::format(policy.warnSeconds)));
    return 0;
}

int runRotationClear(CliContext& context)
{
    const GrantTarget target = GrantTarget::parse(context.arguments().at(0));
    RotationService(context.unlockedService()).clearPolicy(target);
    context.print(
        QCoreApplication::translate("RotationCommands", "Cleared the rotation policy of %1")
            .arg(target.toString()));
    return 0;
}

int runRotationList(CliContext& context)
{
    RotationFilter filter;
    if (context.isSet("due-within")) {
        filter.dueWithinSeconds = Duration::parseSeconds(context.value("due-within"));
    }
    if (context.isSet("status")) {
        filter.status = RotationStatuses::fromName(context.value("status"));
        if (!filter.status) {
            throw VaultError(ErrorCode::Usage,
                             QCoreApplication::translate("RotationCommands",
                                                         "--status takes overdue, due, ok or "
                                                         "expired, not '%1'")
                                 .arg(context.value("status")));
        }
    }
    const std::vector<RotationItem> items =
        RotationService(context.unlockedService([](VaultService& opened) {
            SecretService(opened).prepareListing();
        })).schedule(filter);
    bool late = false;
    for (const RotationItem& item : items) {
        late = late || RotationStatuses::isLate(item.status);
    }
    if (context.isSet("json")) {
        QJsonArray array;
        for (const RotationItem& item : items) {
            QJsonObject policy = policyJson(item.policy);
            if (item.inheritedFrom) {
                policy.insert(QStringLiteral("inheritedFrom"), item.inheritedFrom->toString());
            }
            array.append(
                QJsonObject{{QStringLiteral("reference"), item.ref.toString()},
                            {QStringLiteral("version"), qint64(item.version)},
                            {QStringLiteral("policy"), policy},
                            {QStringLiteral("lastChanged"), CliContext::isoTime(item.lastChanged)},
                            {QStringLiteral("due"), CliContext::isoTime(item.due)},
                            {QStringLiteral("status"), RotationStatuses::name(item.status)},
                            {QStringLiteral("staleBundles"), item.staleBundles}});
        }
        context.printJson(array);
    } else if (items.empty()) {
        context.print(QCoreApplication::translate("RotationCommands",
                                                  "No secret with a rotation policy matches."));
    } else {
        std::vector<QString> references;
        references.reserve(items.size());
        qsizetype width = 9;
        for (const RotationItem& item : items) {
            references.push_back(item.ref.toString());
            width = std::max(width, references.back().size());
        }
        TextTable table(static_cast<qsizetype>(items.size()) + 1, width + 100);
        table.cell(QCoreApplication::translate("RotationCommands", "REFERENCE"), width)
            .last(QCoreApplication::translate(
                "RotationCommands",
                "STATUS   DUE                   LAST CHANGED          STALE  POLICY"));
        for (std::size_t i = 0; i < items.size(); ++i) {
            const RotationItem& item = items[i];
            table.cell(references[i], width)
                .cell(RotationStatuses::name(item.status), 7)
                .cell(CliContext::isoTime(item.due), 20)
                .cell(CliContext::isoTime(item.lastChanged), 20)
                .cell(QString::number(item.staleBundles), 5)
                .last(policyText(item.policy));
            if (item.inheritedFrom) {
                table.more(QCoreApplication::translate("RotationCommands", " (from %1)")
                               .arg(item.inheritedFrom->toString()));
            }
        }
        context.print(table.text());
    }
    return late ? static_cast<int>(ErrorCode::Denied) : 0;
}

QList<QCommandLineOption> generatorOptions()
{
    return {{QStringLiteral("length"),
             QCoreApplication::translate("RotationCommands", "Characters (8–%1; default %2).")
                 .arg(ValueGenerator::MaxLength)
                 .arg(ValueGenerator::DefaultLength),
             QCoreApplication::translate("RotationCommands", "n")},
            {QStringLiteral("charset"),
             QCoreApplication::translate("RotationCommands", "One of %1 (default alnum).")
                 .arg(ValueGenerator::charsetNames().join(QStringLiteral(", "))),
             QCoreApplication::translate("RotationCommands", "set")}};
}

} // namespace

QList<CliCommand> RotationCommands::all()
{
    QList<QCommandLineOption> rotateOptions = generatorOptions();
    rotateOptions << QCommandLineOption(
                         QStringLiteral("generate"),
                         QCoreApplication::translate(
                             "RotationCommands", "Generate the new value instead of reading it."))
                  << QCommandLineOption(
                         QStringLiteral("print"),
                         QCoreApplication::translate("RotationCommands",
                                                     "Also write the generated value to stdout."))
                  << QCommandLineOption(
                         QStringLiteral("allow-reuse"),
                         QCoreApplication::translate("RotationCommands",
                                                     "Accept a value this secret held before."));
    return {
        {QStringLiteral("history"),
         QStringLiteral("REF"),
         QCoreApplication::translate("RotationCommands",
                                     "List a secret's versions: when, by whom, how. Never values."),
         {CliContext::jsonOption()},
         1,
         1,
         runHistory},
        {QStringLiteral("rollback"),
         QStringLiteral("REF"),
         QCoreApplication::translate("RotationCommands",
                                     "Make a new version holding an older version's value."),
         {{QStringLiteral("to"),
           QCoreApplication::translate("RotationCommands", "The version whose value is restored."),
           QCoreApplication::translate("RotationCommands", "version")}},
         1,
         1,
         runRollback},
        {QStringLiteral("rotate"), QStringLiteral("REF"),
         QCoreApplication::translate(
             "RotationCommands",
             "Replace a secret's value: from stdin (or prompted twice), or --generate. Lists the "
             "agents whose bundles are now stale."),
         rotateOptions, 1, 1, runRotate},
        {QStringLiteral("generate"), QString(),
         QCoreApplication::translate(
             "RotationCommands",
             "Print a new random value (uniform over the set) without storing it."),
         generatorOptions(), 0, 0, runGenerate},
        {QStringLiteral("rotation set"),
         QStringLiteral("TARGET"),
         QCoreApplication::translate(
             "RotationCommands",
             "Set the rotation policy of a secret (SCOPE:NAME) or a scope its secrets inherit."),
         {{QStringLiteral("every"),
           QCoreApplication::translate("RotationCommands", "Rotate at least this often, e.g. 90d."),
           QCoreApplication::translate("RotationCommands", "duration")},
          {QStringLiteral("warn"),
           QCoreApplication::translate("RotationCommands", "Due this long before (default 14d)."),
           QCoreApplication::translate("RotationCommands", "duration")},
          {QStringLiteral("expires"),
           QCoreApplication::translate("RotationCommands", "The last day the value may be used."),
           QCoreApplication::translate("RotationCommands", "YYYY-MM-DD")}},
         1,
         1,
         runRotationSet},
        {QStringLiteral("rotation clear"),
         QStringLiteral("TARGET"),
         QCoreApplication::translate("RotationCommands",
                                     "Remove the rotation policy of a secret or scope."),
         {},
         1,
         1,
         runRotationClear},
        {QStringLiteral("rotation list"),
         QString(),
         QCoreApplication::translate(
             "RotationCommands",
             "The rotation schedule by due date (exit 6 when anything is overdue or expired)."),
         {{QStringLiteral("due-within"),
           QCoreApplication::translate("RotationCommands", "Only those due within, e.g. 30d."),
           QCoreApplication::translate("RotationCommands", "duration")},
          {QStringLiteral("status"),
           QCoreApplication::translate("RotationCommands", "Only overdue, due, ok or expired."),
           QCoreApplication::translate("RotationCommands", "status")},
          CliContext::jsonOption()},
         0,
         0,
         runRotationList},
    };
}

} // namespace scopevault
