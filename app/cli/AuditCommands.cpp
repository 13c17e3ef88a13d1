#include "AuditCommands.h"

#include "bundles/BundleService.h"

#include "CliContext.h"
#include "audit/AuditLog.h"
#include "secrets/SecretInput.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace scopevault {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditCommands", text);
}

// A date (the whole day: its start for --since, its end for --until) or an ISO date-time.
QDateTime parseTime(const QString& text, bool endOfDay, const char* option)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        return endOfDay ? QDateTime(date, QTime(23, 59, 59, 999), Qt::UTC)
                        : QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!moment.isValid()) {
        throw VaultError(ErrorCode::Usage,
                         tr("--%1 '%2' is not a date (YYYY-MM-DD) or an ISO 8601 date-time")
                             .arg(QString::fromLatin1(option), text));
    }
    return moment.toUTC();
}

AuditFilter filterFrom(CliContext& context)
{
    AuditFilter filter;
    if (context.isSet("since")) {
        filter.since = parseTime(context.value("since"), false, "since");
    }
    if (context.isSet("until")) {
        filter.until = parseTime(context.value("until"), true, "until");
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
    if (filter.outcome && *filter.outcome != QLatin1String("success") &&
        *filter.outcome != QLatin1String("denied") && *filter.outcome != QLatin1String("error")) {
        throw VaultError(
            ErrorCode::Usage,
            tr("--outcome must be success, denied or error, not '%1'").arg(*filter.outcome));
    }
    return filter;
}

QJsonObject entryJson(const AuditEntry& entry)
{
    return {{QStringLiteral("seq"), entry.seq},
            {QStringLiteral("time"), entry.time.toString(Qt::ISODateWithMs)},
            {QStringLiteral("actor"), entry.actor},
            {QStringLiteral("action"), entry.action},
            {QStringLiteral("target"), entry.target},
            {QStringLiteral("outcome"), entry.outcome},
            {QStringLiteral("details"), entry.details},
            {QStringLiteral("readable"), entry.readable}};
}

QString csvField(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString detailsText(const QJsonObject& details)
{
    return details.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

int runVerify(CliContext& context)
{
    std::optional<AuditCheckpointFile> exported;
    if (context.isSet("checkpoint")) {
        const QString path = context.value("checkpoint");
        exported = AuditCheckpointFile::fromJson(
            QByteArrayView(SecretInput::readFile(path).view()).toByteArray(), path);
    }
    const AuditVerification result = context.unlockedService().audit().verify(exported);
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
    AuditFilter filter = filterFrom(context);
    if (context.isSet("limit")) {
        bool ok = false;
        filter.limit = context.value("limit").toInt(&ok);
        if (!ok || filter.limit < 1) {
            throw VaultError(ErrorCode::Usage, tr("--limit expects a positive whole number"));
        }
        filter.newestFirst = true; // the newest N, shown in order
    }
    std::vector<AuditEntry> entries = context.unlockedService().audit().query(filter);
    if (filter.newestFirst) {
        std::reverse(entries.begin(), entries.end());
    }
    return entries;
}

int runList(CliContext& context)
{
    const std::vector<AuditEntry> entries = select(context);
    if (context.isSet("json")) {
        QJsonArray array;
        for (const AuditEntry& entry : entries) {
            array.append(entryJson(entry));
        }
        context.printJson(array);
        return 0;
    }
    for (const AuditEntry& entry : entries) {
        context.print(QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                          .arg(entry.seq, 6)
                          .arg(entry.time.toString(Qt::ISODateWithMs), entry.actor, entry.action,
                               entry.target.isEmpty() ? QStringLiteral("-") : entry.target,
                               entry.outcome, detailsText(entry.details)));
    }
    return 0;
}

int runExport(CliContext& context)
{
    const QString format = context.value("format");
    if (format != QLatin1String("jsonl") && format != QLatin1String("csv")) {
        throw VaultError(ErrorCode::Usage, tr("--format must be jsonl or csv"));
    }
    const std::vector<AuditEntry> entries = select(context);
    if (format == QLatin1String("csv")) {
        context.print(QStringLiteral("seq,time,actor,action,target,outcome,details"));
    }
    for (const AuditEntry& entry : entries) {
        if (format == QLatin1String("jsonl")) {
            context.print(
                QString::fromUtf8(QJsonDocument(entryJson(entry)).toJson(QJsonDocument::Compact)));
        } else {
            context.print(QStringList{QString::number(entry.seq),
                                      entry.time.toString(Qt::ISODateWithMs), csvField(entry.actor),
                                      csvField(entry.action), csvField(entry.target), entry.outcome,
                                      csvField(detailsText(entry.details))}
                              .join(QLatin1Char(',')));
        }
    }
    return 0;
}

int runCheckpoint(CliContext& context)
{
    if (!context.isSet("out")) {
        throw VaultError(ErrorCode::Usage, tr("audit checkpoint needs --out FILE"));
    }
    VaultService& vault = context.unlockedService();
    vault.transact([&] { vault.audit().checkpoint(); });
    const std::optional<AuditCheckpointFile> latest = vault.audit().latestCheckpoint();
    if (!latest) {
        throw VaultError(ErrorCode::NotFound, tr("the audit log is empty"));
    }
    QSaveFile file(context.value("out"));
    if (!file.open(QIODevice::WriteOnly) || file.write(latest->toJson()) < 0 || !file.commit()) {
        throw VaultError(ErrorCode::Other,
                         tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    context.print(tr("Checkpoint at event %1 written to %2")
                      .arg(latest->checkpoint.seq)
                      .arg(file.fileName()));
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
