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

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditCommands", text);
}

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
            throw VaultError(ErrorCode::Usage, tr("--limit expects a positive whole number"));
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
            throw VaultError(error.code(), tr("--outcome: %1").arg(error.message()));
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

int runExport(CliContext& context)
{
    AuditService::ExportFormat format{};
    try {
        format = AuditService::parseFormat(context.value("format"));
    } catch (const VaultError& error) {
        throw VaultError(error.code(), tr("--format: %1").arg(error.message()));
    }
    for (const QString& line : AuditService::exportLines(select(context), format)) {
        context.print(line);
    }
    return 0;
}

int runCheckpoint(CliContext& context)
{
    if (!context.isSet("out")) {
        throw VaultError(ErrorCode::Usage, tr("audit checkpoint needs --out FILE"));
    }
    const QString path = context.value("out");
    const AuditCheckpointFile written =
        AuditService(context.unlockedService()).writeCheckpoint(path);
    context.print(tr("Checkpoint at event %1 written to %2").arg(written.checkpoint.seq).arg(path));
    return 0;
}

QList<QCommandLineOption> filterOptions()
{
    return {
        {QStringLiteral("since"), tr("From this date or date-time (UTC)."), tr("time")},
        {QStringLiteral("until"), tr("Up to this date (whole day) or date-time."), tr("time")},
        {QStringLiteral("actor"), tr("e.g. admin:alice or agent:screener."), tr("actor")},
        {QStringLiteral("action"), tr("e.g. secret.read (docs/AUDIT.md lists them)."),
         tr("action")},
        {QStringLiteral("target"), tr("A reference, scope, agent or file."), tr("target")},
        {QStringLiteral("outcome"), tr("success, denied or error."), tr("outcome")},
        {QStringLiteral("limit"), tr("Only the newest N."), tr("n")},
    };
}

int runImportReceipts(CliContext& context)
{
    const QString path = context.arguments().at(0);
    BundleService bundles(context.unlockedService());
    const ReceiptImport result = bundles.importReceipts(path);
    for (const QString& refusal : result.refused) {
        context.warn(tr("refused: %1").arg(refusal));
    }
    context.print(tr("Imported %1 receipt(s) from %2; %3 already imported, %4 refused.")
                      .arg(result.imported)
                      .arg(path)
                      .arg(result.duplicates)
                      .arg(result.refused.size()));
    return result.refused.isEmpty() ? 0 : 7;
}

} // namespace

QList<CliCommand> AuditCommands::all()
{
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    return {
        {QStringLiteral("audit verify"),
         QString(),
         tr("Walk the hash chain and check every signed checkpoint (exit 5 when broken)."),
         {{QStringLiteral("checkpoint"), tr("Also check against an exported checkpoint."),
           tr("file")},
          json},
         0,
         0,
         runVerify},
        {QStringLiteral("audit list"), QString(), tr("Show events (filters combine)."),
         filterOptions() + QList<QCommandLineOption>{json}, 0, 0, runList},
        {QStringLiteral("audit export"), QString(), tr("Write events as JSON lines or CSV."),
         filterOptions() + QList<QCommandLineOption>{{QStringLiteral("format"), tr("jsonl or csv."),
                                                      tr("format"), QStringLiteral("jsonl")}},
         0, 0, runExport},
        {QStringLiteral("audit checkpoint"),
         QString(),
         tr("Sign the newest event and export that checkpoint for safekeeping elsewhere."),
         {{QStringLiteral("out"), tr("File to write."), tr("file")}},
         0,
         0,
         runCheckpoint},
        {QStringLiteral("audit import-receipts"),
         QStringLiteral("FILE"),
         tr("Add agents' bundle receipts to the log (exit 7 when some lines are refused)."),
         {},
         1,
         1,
         runImportReceipts},
    };
}

} // namespace scopevault
