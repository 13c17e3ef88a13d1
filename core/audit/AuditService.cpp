#include "audit/AuditService.h"
#include "audit/AuditKind.h"

#include "FileDescriptor.h"

#include "secrets/SecretInput.h"
#include "store/StoreAccess.h"
#include "store/VaultStore.h"
#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace scopevault {

namespace {

QString csvField(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

AuditService::AuditService(VaultService& vault)
    : m_store(storeOf(vault))
{}

QString AuditService::checkedOutcome(const QString& text)
{
    if (text != QLatin1String("success") && text != QLatin1String("denied") &&
        text != QLatin1String("error")) {
        throw VaultError(
            ErrorCode::Usage,
            QCoreApplication::translate("AuditService",
                                        "the outcome must be success, denied or error, not '%1'")
                .arg(text));
    }
    return text;
}

AuditService::ExportFormat AuditService::parseFormat(const QString& text)
{
    if (text == QLatin1String("jsonl")) {
        return ExportFormat::Jsonl;
    }
    if (text == QLatin1String("csv")) {
        return ExportFormat::Csv;
    }
    throw VaultError(
        ErrorCode::Usage,
        QCoreApplication::translate("AuditService", "the export format must be jsonl or csv"));
}

void AuditService::checkFilter(AuditFilter& filter)
{
    if (filter.outcome) {
        filter.outcome = checkedOutcome(*filter.outcome);
    }
    if (filter.kind && !AuditKinds::fromName(*filter.kind)) {
        QStringList names;
        for (const AuditKind kind : AuditKinds::all()) {
            names << AuditKinds::name(kind);
        }
        throw VaultError(
            ErrorCode::Usage,
            QCoreApplication::translate("AuditService", "the kind must be one of %1, not '%2'")
                .arg(names.join(QStringLiteral(", ")), *filter.kind));
    }
}

std::vector<AuditBucket> AuditService::stats(AuditFilter filter, const QString& width)
{
    checkFilter(filter);
    AuditBucketWidth bucket{};
    if (width == QLatin1String("hour")) {
        bucket = AuditBucketWidth::Hour;
    } else if (width == QLatin1String("day")) {
        bucket = AuditBucketWidth::Day;
    } else if (width == QLatin1String("week")) {
        bucket = AuditBucketWidth::Week;
    } else {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("AuditService",
                                                     "the bucket must be hour, day or week, not "
                                                     "'%1'")
                             .arg(width));
    }
    filter.limit = 0;
    return m_store.audit().stats(filter, bucket);
}

QJsonObject AuditService::toJson(const AuditBucket& bucket)
{
    return QJsonObject{{QStringLiteral("start"), bucket.start.toString(Qt::ISODate)},
                       {QStringLiteral("success"), bucket.success},
                       {QStringLiteral("denied"), bucket.denied},
                       {QStringLiteral("error"), bucket.error}};
}

std::vector<AuditEntry> AuditService::query(AuditFilter filter)
{
    checkFilter(filter);
    if (filter.limit < 0) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("AuditService",
                                                     "the limit must be a positive whole number"));
    }
    filter.newestFirst = filter.limit > 0; // the newest N, shown in order
    std::vector<AuditEntry> entries = m_store.audit().query(filter);
    if (filter.newestFirst) {
        std::reverse(entries.begin(), entries.end());
    }
    return entries;
}

AuditVerification AuditService::verify(const std::optional<QString>& exportedCheckpoint)
{
    std::optional<AuditCheckpointFile> exported;
    if (exportedCheckpoint) {
        exported = readCheckpoint(*exportedCheckpoint);
    }
    return m_store.audit().verify(exported);
}

qint64 AuditService::newestCheckpointedSeq()
{
    const std::optional<AuditCheckpointFile> latest = m_store.audit().latestCheckpoint();
    return latest ? latest->checkpoint.seq : 0;
}

AuditVerifier AuditService::verifier()
{
    return m_store.audit().verifier();
}

AuditCheckpointFile AuditService::readCheckpoint(const QString& path)
{
    return AuditCheckpointFile::fromJson(
        QByteArrayView(SecretInput::readRegularFile(path).view()).toByteArray(), path);
}

void AuditService::expectCheckpoint(const QString& path)
{
    const AuditCheckpointFile exported = readCheckpoint(path);
    try {
        m_store.audit().checkAnchor(exported, m_store.repository().committedAuditHead());
    } catch (const VaultError& error) {
        throw VaultError(error.code(), QCoreApplication::translate("AuditService", "%1: %2")
                                           .arg(m_store.location(), error.message()));
    }
}

AuditCheckpointFile AuditService::writeCheckpoint(const QString& path)
{
    m_store.transact([&] { m_store.audit().checkpoint(); });
    const std::optional<AuditCheckpointFile> latest = m_store.audit().latestCheckpoint();
    if (!latest) {
        throw VaultError(ErrorCode::NotFound,
                         QCoreApplication::translate("AuditService", "the audit log is empty"));
    }
    const QByteArray json = latest->toJson();
    if (!FileDescriptor::writeFileAtomically(
            QFile::encodeName(path).toStdString(),
            std::string_view(json.constData(), static_cast<std::size_t>(json.size())), 0600)) {
        throw VaultError(ErrorCode::Other,
                         QCoreApplication::translate("AuditService", "cannot write %1: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    return *latest;
}

qsizetype AuditService::exportTo(const AuditFilter& filter, ExportFormat format,
                                 const QString& path)
{
    const QStringList lines = exportLines(query(filter), format);
    const QByteArray bytes = lines.isEmpty()
                                 ? QByteArray()
                                 : (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    if (!FileDescriptor::writeFileAtomically(
            QFile::encodeName(path).toStdString(),
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), 0600)) {
        throw VaultError(ErrorCode::Other,
                         QCoreApplication::translate("AuditService", "cannot write %1: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    // A CSV's first line is its header.
    return format == ExportFormat::Csv ? std::max<qsizetype>(0, lines.size() - 1) : lines.size();
}

AuditService::ExportFormat AuditService::formatOfPath(const QString& path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? ExportFormat::Csv
                                                                     : ExportFormat::Jsonl;
}

QString AuditService::valueTag(QByteArrayView value)
{
    return m_store.audit().valueTag(value);
}

QJsonObject AuditService::toJson(const AuditEntry& entry)
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

QString AuditService::detailsText(const QJsonObject& details)
{
    return details.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

QStringList AuditService::exportLines(const std::vector<AuditEntry>& entries, ExportFormat format)
{
    QStringList lines;
    if (format == ExportFormat::Csv) {
        lines << QStringLiteral("seq,time,actor,action,target,outcome,details");
    }
    for (const AuditEntry& entry : entries) {
        if (format == ExportFormat::Jsonl) {
            lines << QString::fromUtf8(QJsonDocument(toJson(entry)).toJson(QJsonDocument::Compact));
        } else {
            lines << QStringList{QString::number(entry.seq),
                                 entry.time.toString(Qt::ISODateWithMs),
                                 csvField(entry.actor),
                                 csvField(entry.action),
                                 csvField(entry.target),
                                 entry.outcome,
                                 csvField(detailsText(entry.details))}
                         .join(QLatin1Char(','));
        }
    }
    return lines;
}

} // namespace scopevault
