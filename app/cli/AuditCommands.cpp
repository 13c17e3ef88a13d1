#include "AuditCommands.h"

#include "bundles/BundleService.h"

#include "CliContext.h"
#include "audit/AuditService.h"
#include "text/Moment.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace scopevault {

namespace {

AuditFilter filterFrom(CliContext& context)
{
    AuditFilter filter;
    if (context.isSet("since")) {
        filter.since = context.momentValue("since", Moment::DayEdge::Start);
    }
    if (context.isSet("until")) {
        filter.until = context.momentValue("until", Moment::DayEdge::End);
    }
    for (const auto& [name, field] :
         {std::pair<const char*, std::optional<QString>*>{"actor", &filter.actor},
          {"action", &filter.action},
          {"kind", &filter.kind},
          {"target", &filter.target},
          {"outcome", &filter.outcome}}) {
        if (context.isSet(name)) {
            *field = context.value(name);
        }
    }
    if (context.isSet("limit")) {
        bool ok = false;
        filter.limit = context.value("limit").toInt(&ok);
        if (!ok || filter.limit < 1) {
            throw VaultError(ErrorCode::Usage,
                             QCoreApplication::translate(
                                 "AuditCommands", "--limit expects a positive whole number"));
        }
    }
    return filter;
}

int runVerify(CliContext& context)
{
    const std::optional<QString> checkpoint =
        context.isSet("checkpoint") ? std::optional<QString>(context.value("checkpoint"))
                                    : std::nullopt;
    const AuditVerification result = AuditService(context.unlockedService()).verify(checkpoint);
    if (context.isSet("json")) {
        QJsonObject object{{QStringLiteral("valid"), result.ok()},
                           {QStringLiteral("events"), result.events},
                           {QStringLiteral("validEvents"), result.validEvents},
                           {QStringLiteral("checkpoints"), result.checkpoints},
                           {QStringLiteral("validCheckpoints"), result.validCheckpoints},
                           {QStringLiteral("summary"), result.summary()}};
        if (result.brokenSeq) {
            object.insert(QStringLiteral("brokenSeq"), *result.brokenSeq);
            object.insert(QStringLiteral("reason"), result.reason);
        }
        context.printJson(object);
    } else {
        context.print(result.summary());
    }
    return result.ok() ? 0 : static_cast<int>(ErrorCode::Integrity);
}

std::vector<AuditEntry> select(CliContext& context)
{
    const AuditFilter filter = filterFrom(context);
    try {
        return AuditService(context.unlockedService()).query(filter);
    } catch (const VaultError& error) {
        if (error.code() == ErrorCode::Usage && filter.outcome) {
            throw VaultError(
                error.code(),
                QCoreApplication::translate("AuditCommands", "--outcome: %1").arg(error.message()));
        }
        throw;
    }
}

int runList(CliContext& context)
{
    const std::vector<AuditEntry> entries = select(context);
    if (context.isSet("json")) {
        QJsonArray array;
        for (const AuditEntry& entry : entries) {
            array.append(AuditService::toJson(entry));
        }
        context.printJson(array);
        return 0;
    }
    for (const AuditEntry& entry : entries) {
        context.print(QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                          .arg(entry.seq, 6)
                          .arg(entry.time.toString(Qt::ISODateWithMs), entry.actor, entry.action,
                               entry.target.isEmpty() ? QStringLiteral("-") : entry.target,
                               entry.outcome, AuditService::detailsText(entry.details)));
    }
    return 0;
}

int runStats(CliContext& context)
{
    AuditFilter filter = filterFrom(context);
    const std::vector<AuditBucket> buckets = [&] {
        try {
            return AuditService(context.unlockedService()).stats(filter, context.value("by"));
        } catch (const VaultError& error) {
            if (error.code() == ErrorCode::Usage) {
                throw VaultError(error.code(),
                                 QCoreApplication::translate("AuditCommands", "audit stats: %1")
                                     .arg(error.message()));
            }
            throw;
        }
    }();
    if (context.isSet("json")) {
        QJsonArray array;
        for (const AuditBucket& bucket : buckets) {
            array.append(AuditService::toJson(bucket));
        }
        context.printJson(array);
        return 0;
    }
    context.print(QCoreApplication::translate("AuditCommands",
                                              "bucket start (UTC)     success   denied    error"));
    for (const AuditBucket& bucket : buckets) {
        context.print(QStringLiteral("%1  %2  %3  %4")
                          .arg(bucket.start.toString(Qt::ISODate), -20)
                          .arg(bucket.success, 7)
                          .arg(bucket.denied, 7)
                          .arg(bucket.error, 7));
    }
    return 0;
}

int runExport(CliContext& context)
{
    AuditService::ExportFormat format{};
    try {
        format = AuditService::parseFormat(context.value("format"));
    } catch (const VaultError& error) {
        throw VaultError(
            error.code(),
            QCoreApplication::translate("AuditCommands", "--format: %1").arg(error.message()));
    }
    if (context.isSet("out")) {
        const AuditFilter filter = filterFrom(context);
        const qsizetype count =
            AuditService(context.unlockedService()).exportTo(filter, format, context.value("out"));
        context.note(count == 1
                         ? QCoreApplication::translate("AuditCommands", "Exported 1 event to %1.")
                               .arg(context.value("out"))
                         : QCoreApplication::translate("AuditCommands", "Exported %1 events to %2.")
                               .arg(count)
                               .arg(context.value("out")));
        return 0;
    }
    for (const QString& line : AuditService::exportLines(select(context), format)) {
        context.print(line);
    }
    return 0;
}

int runCheckpoint(CliContext& context)
{
    if (!context.isSet("out")) {
        throw VaultError(
            ErrorCode::Usage,
            QCoreApplication::translate("AuditCommands", "audit checkpoint needs --out FILE"));
    }
    const QString path = context.value("out");
    const AuditCheckpointFile written =
        AuditService(context.unlockedService()).writeCheckpoint(path);
    if (context.isSet("json")) {
        context.printJson(QJsonObject{{QStringLiteral("file"), path},
                                      {QStringLiteral("seq"), qint64(written.checkpoint.seq)}});
        return 0;
    }
    context.print(
        QCoreApplication::translate("AuditCommands", "Checkpoint at event %1 written to %2")
            .arg(written.checkpoint.seq)
            .arg(path));
    return 0;
}

QList<QCommandLineOption> filterOptions()
{
    return {
        {QStringLiteral("since"),
         QCoreApplication::translate("AuditCommands", "From this date or date-time (UTC)."),
         QCoreApplication::translate("AuditCommands", "time")},
        {QStringLiteral("until"),
         QCoreApplication::translate("AuditCommands", "Up to this date (whole day) or date-time."),
         QCoreApplication::translate("AuditCommands", "time")},
        {QStringLiteral("actor"),
         QCoreApplication::translate("AuditCommands",
                                     "e.g. admin:alice or agent:screener; a bare name (screener) "
                                     "matches the agent or admin of that name."),
         QCoreApplication::translate("AuditCommands", "actor")},
        {QStringLiteral("kind"),
         QCoreApplication::translate("AuditCommands",
                                     "A group of actions: reads, changes, grants, agents, "
                                     "bundles, vault or catalog."),
         QCoreApplication::translate("AuditCommands", "kind")},
        {QStringLiteral("action"),
         QCoreApplication::translate("AuditCommands",
                                     "e.g. secret.read (docs/AUDIT.md lists them)."),
         QCoreApplication::translate("AuditCommands", "action")},
        {QStringLiteral("target"),
         QCoreApplication::translate("AuditCommands", "A reference, scope, agent or file."),
         QCoreApplication::translate("AuditCommands", "target")},
        {QStringLiteral("outcome"),
         QCoreApplication::translate("AuditCommands", "success, denied or error."),
         QCoreApplication::translate("AuditCommands", "outcome")},
        {QStringLiteral("limit"),
         QCoreApplication::translate("AuditCommands", "Only the newest N."),
         QCoreApplication::translate("AuditCommands", "n")},
    };
}

int runImportReceipts(CliContext& context)
{
    const QString path = context.arguments().at(0);
    BundleService bundles(context.unlockedService());
    const ReceiptImport result = bundles.importReceipts(path);
    if (context.isSet("json")) {
        context.printJson(
            QJsonObject{{QStringLiteral("file"), path},
                        {QStringLiteral("imported"), result.imported},
                        {QStringLiteral("duplicates"), result.duplicates},
                        {QStringLiteral("refused"), QJsonArray::fromStringList(result.refused)}});
        return result.refused.isEmpty() ? 0 : 7;
    }
    for (const QString& refusal : result.refused) {
        context.warn(QCoreApplication::translate("AuditCommands", "refused: %1").arg(refusal));
    }
    context.print(QCoreApplication::translate(
                      "AuditCommands",
                      "Receipts from %2: %1 imported, %3 already imported before, %4 refused.")
                      .arg(result.imported)
                      .arg(path)
                      .arg(result.duplicates)
                      .arg(result.refused.size()));
    return result.refused.isEmpty() ? 0 : 7;
}

} // namespace

QList<CliCommand> AuditCommands::all()
{
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("AuditCommands", "Print JSON."));
    return {
        {QStringLiteral("audit verify"),
         QString(),
         QCoreApplication::translate(
             "AuditCommands",
             "Walk the hash chain and check every signed checkpoint (exit 5 when broken)."),
         {{QStringLiteral("checkpoint"),
           QCoreApplication::translate("AuditCommands",
                                       "Also check against an exported checkpoint."),
           QCoreApplication::translate("AuditCommands", "file")},
          json},
         0,
         0,
         runVerify},
        {QStringLiteral("audit list"), QString(),
         QCoreApplication::translate("AuditCommands", "Show events (filters combine)."),
         filterOptions() + QList<QCommandLineOption>{json}, 0, 0, runList},
        {QStringLiteral("audit stats"), QString(),
         QCoreApplication::translate(
             "AuditCommands",
             "Count events per hour, day or week and outcome (what the timeline chart draws)."),
         filterOptions() +
             QList<QCommandLineOption>{
                 {QStringLiteral("by"),
                  QCoreApplication::translate("AuditCommands", "hour, day or week (UTC)."),
                  QCoreApplication::translate("AuditCommands", "width"), QStringLiteral("day")},
                 json},
         0, 0, runStats},
        {QStringLiteral("audit export"), QString(),
         QCoreApplication::translate("AuditCommands", "Write events as JSON lines or CSV."),
         filterOptions() +
             QList<QCommandLineOption>{
                 {QStringLiteral("format"),
                  QCoreApplication::translate("AuditCommands", "jsonl or csv."),
                  QCoreApplication::translate("AuditCommands", "format"), QStringLiteral("jsonl")},
                 {QStringLiteral("out"),
                  QCoreApplication::translate(
                      "AuditCommands", "Write to this file (0600, replaced atomically) instead "
                                       "of stdout."),
                  QCoreApplication::translate("AuditCommands", "file")}},
         0, 0, runExport},
        {QStringLiteral("audit checkpoint"),
         QString(),
         QCoreApplication::translate(
             "AuditCommands",
             "Sign the newest event and export that checkpoint for safekeeping elsewhere."),
         {{QStringLiteral("out"), QCoreApplication::translate("AuditCommands", "File to write."),
           QCoreApplication::translate("AuditCommands", "file")},
          json},
         0,
         0,
         runCheckpoint},
        {QStringLiteral("audit import-receipts"),
         QStringLiteral("FILE"),
         QCoreApplication::translate(
             "AuditCommands",
             "Add agents' bundle receipts to the log (exit 7 when some lines are refused)."),
         {json},
         1,
         1,
         runImportReceipts},
    };
}

} // namespace scopevault
