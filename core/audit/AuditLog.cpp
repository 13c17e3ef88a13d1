#include "audit/AuditLog.h"

#include "audit/AuditChain.h"
#include "audit/AuditKind.h"
#include "crypto/RecordCipher.h"
#include "crypto/VaultKeys.h"
#include "ports/Clock.h"
#include "ports/VaultRepository.h"
#include "vault/VaultError.h"

#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QtEndian>

#include <cstring>

#include <pwd.h>
#include <sodium.h>
#include <unistd.h>

namespace scopevault {

namespace {

// The record id in the associated data of an event's sealed payload: its sequence number.
QByteArray sealId(qint64 seq)
{
    QByteArray id(8, Qt::Uninitialized);
    qToLittleEndian<qint64>(seq, id.data());
    return id;
}

QString actorTagInput(const QString& actor)
{
    return QStringLiteral("audit-actor:") + actor;
}

QString targetTagInput(const QString& target)
{
    return QStringLiteral("audit-target:") + target;
}

} // namespace

AuditLog::AuditLog(VaultRepository& repository, const Clock& clock)
    : m_repository(repository)
    , m_clock(clock)
{}

void AuditLog::attach(const VaultKeys& keys, const RecordCipher& cipher, const QByteArray& vaultId,
                      qint64 keyedFrom)
{
    m_keys = &keys;
    m_cipher = &cipher;
    m_vaultId = vaultId;
    m_keyedFrom = keyedFrom;
}

void AuditLog::detach()
{
    m_keys = nullptr;
    m_cipher = nullptr;
}

void AuditLog::requireKeys() const
{
    if (!m_keys) {
        throw VaultError(ErrorCode::Denied,
                         QCoreApplication::translate("AuditLog", "the vault is locked"));
    }
}

void AuditLog::append(const QString& actor, const AuditEvent& event, const QByteArray& vaultId)
{
    const std::optional<AuditRecord> last = m_repository.lastAuditRecord();
    AuditRecord record;
    record.seq = last ? last->seq + 1 : 1;
    record.timeMs = m_clock.nowUtc().toMSecsSinceEpoch();
    record.action = AuditActions::name(event.action);
    record.outcome = AuditEvent::outcomeName(event.outcome);
    record.prevHash = last ? last->hash : AuditChain::genesis(vaultId);
    QCborMap payload{{QStringLiteral("actor"), actor}, {QStringLiteral("target"), event.target}};
    if (m_cipher) {
        payload.insert(
            QStringLiteral("details"),
            QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)));
        record.actorTag = m_cipher->lookupTag(actorTagInput(actor));
        if (!event.target.isEmpty()) {
            record.targetTag = m_cipher->lookupTag(targetTagInput(event.target));
        }
        record.payload = m_cipher->seal(payload.toCborValue().toCbor(),
                                        {sealId(record.seq), 0, RecordCipher::Field::Audit});
    } else {
        record.sealed = false;
        record.payload = payload.toCborValue().toCbor();
    }
    record.hash = AuditChain::hashOf(
        record, record.sealed && record.seq >= m_keyedFrom ? &m_keys->auditChainKey() : nullptr);
    m_repository.appendAudit(record);
    if (!m_keys) {
        return;
    }
    const std::optional<AuditCheckpoint> latest = m_repository.latestAuditCheckpoint();
    if (record.seq - (latest ? latest->seq : 0) >= CheckpointInterval ||
        (latest && record.timeMs - latest->timeMs >= CheckpointMaxAgeMs)) {
        checkpoint();
    }
}

void AuditLog::checkpoint()
{
    requireKeys();
    const std::optional<AuditRecord> last = m_repository.lastAuditRecord();
    const std::optional<AuditCheckpoint> latest = m_repository.latestAuditCheckpoint();
    if (!last || (latest && latest->seq >= last->seq)) {
        return;
    }
    AuditCheckpoint checkpoint{last->seq, m_clock.nowUtc().toMSecsSinceEpoch(), last->hash, {}};
    checkpoint.signature = AuditChain::sign(AuditChain::checkpointMessage(m_vaultId, checkpoint),
                                            m_keys->signingSecretKey().data());
    m_repository.appendCheckpoint(checkpoint);
}

std::optional<AuditCheckpointFile> AuditLog::latestCheckpoint()
{
    requireKeys();
    const std::optional<AuditCheckpoint> latest = m_repository.latestAuditCheckpoint();
    if (!latest) {
        return std::nullopt;
    }
    return AuditCheckpointFile{m_vaultId, *latest, m_keys->signingPublicKey()};
}

QString AuditLog::valueTag(QByteArrayView value) const
{
    requireKeys();
    unsigned char tag[32];
    crypto_generichash(tag, sizeof tag, reinterpret_cast<const unsigned char*>(value.data()),
                       static_cast<unsigned long long>(value.size()), m_keys->valueTagKey().data(),
                       m_keys->valueTagKey().size());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(tag), sizeof tag).toHex());
}

AuditVerification AuditLog::verify(const std::optional<AuditCheckpointFile>& exported)
{
    return verifier().verify(m_repository, exported);
}

AuditVerifier AuditLog::verifier() const
{
    requireKeys();
    return AuditVerifier(m_vaultId, m_keyedFrom, m_keys->auditChainKey(),
                         m_keys->signingPublicKey());
}

void AuditLog::checkAnchor(const AuditCheckpointFile& exported, qint64 committedHead)
{
    requireKeys();
    const auto refuse = [&](const QString& why) {
        throw VaultError(ErrorCode::Integrity,
                         QCoreApplication::translate("AuditLog", "%1 (checkpoint at event %2)")
                             .arg(why)
                             .arg(exported.checkpoint.seq));
    };
    if (exported.vaultId != m_vaultId) {
        refuse(QCoreApplication::translate("AuditLog",
                                           "the exported checkpoint belongs to another vault"));
    }
    if (!AuditChain::verify(AuditChain::checkpointMessage(m_vaultId, exported.checkpoint),
                            exported.checkpoint.signature, m_keys->signingPublicKey())) {
        refuse(QCoreApplication::translate("AuditLog", "bad signature on the exported checkpoint"));
    }
    if (exported.checkpoint.seq > committedHead) {
        refuse(QCoreApplication::translate("AuditLog",
                                           "the vault ends at event %1, before the exported "
                                           "checkpoint: it is an older copy (rolled back)")
                   .arg(committedHead));
    }
    QByteArray expected = exported.checkpoint.hash;
    for (qint64 seq = exported.checkpoint.seq; seq <= committedHead; ++seq) {
        const std::optional<AuditRecord> record = m_repository.auditRecord(seq);
        if (!record ||
            record->prevHash != (seq == exported.checkpoint.seq ? record->prevHash : expected)) {
            refuse(QCoreApplication::translate("AuditLog", "the log breaks at event %1").arg(seq));
        }
        const QByteArray hash = AuditChain::hashOf(
            *record, record->sealed && seq >= m_keyedFrom ? &m_keys->auditChainKey() : nullptr);
        if (hash != record->hash ||
            (seq == exported.checkpoint.seq && hash != exported.checkpoint.hash)) {
            refuse(QCoreApplication::translate(
                       "AuditLog", "event %1 differs from what the exported checkpoint vouches for")
                       .arg(seq));
        }
        expected = hash;
    }
}

AuditRecord AuditLog::rekeyed(const AuditRecord& record, const VaultKeys& keys,
                              const RecordCipher& cipher, const QByteArray& prevHash) const
{
    requireKeys();
    AuditRecord result = record;
    result.prevHash = prevHash;
    if (record.sealed) {
        QByteArray plain;
        if (!m_cipher->openUnguarded(record.payload,
                                     {sealId(record.seq), 0, RecordCipher::Field::Audit}, plain)) {
            throw VaultError(ErrorCode::Integrity,
                             QCoreApplication::translate("AuditLog",
                                                         "audit event %1 does not open (altered "
                                                         "or corrupt)")
                                 .arg(record.seq));
        }
        const QCborMap payload = QCborValue::fromCbor(plain).toMap();
        const QString actor = payload.value(QStringLiteral("actor")).toString();
        const QString target = payload.value(QStringLiteral("target")).toString();
        result.actorTag = cipher.lookupTag(actorTagInput(actor));
        result.targetTag =
            target.isEmpty() ? QByteArray() : cipher.lookupTag(targetTagInput(target));
        result.payload = cipher.seal(plain, {sealId(record.seq), 0, RecordCipher::Field::Audit});
    }
    result.hash = AuditChain::hashOf(result, record.sealed ? &keys.auditChainKey() : nullptr);
    return result;
}

AuditCheckpoint AuditLog::signedCheckpoint(const QByteArray& vaultId, qint64 seq, qint64 timeMs,
                                           const QByteArray& hash, const VaultKeys& keys)
{
    AuditCheckpoint checkpoint{seq, timeMs, hash, {}};
    checkpoint.signature = AuditChain::sign(AuditChain::checkpointMessage(vaultId, checkpoint),
                                            keys.signingSecretKey().data());
    return checkpoint;
}

AuditEntry AuditLog::open(const AuditRecord& record) const
{
    AuditEntry entry;
    entry.seq = record.seq;
    entry.time = QDateTime::fromMSecsSinceEpoch(record.timeMs, Qt::UTC);
    entry.action = record.action;
    entry.outcome = record.outcome;
    entry.hash = record.hash;
    QByteArray plain;
    if (record.sealed) {
        entry.readable = m_cipher->openUnguarded(
            record.payload, {sealId(record.seq), 0, RecordCipher::Field::Audit}, plain);
    } else {
        plain = record.payload;
    }
    const QCborMap payload = QCborValue::fromCbor(plain).toMap();
    entry.actor = payload.value(QStringLiteral("actor")).toString();
    entry.target = payload.value(QStringLiteral("target")).toString();
    entry.details =
        QJsonDocument::fromJson(payload.value(QStringLiteral("details")).toString().toUtf8())
            .object();
    return entry;
}

AuditQuery AuditLog::toQuery(const AuditFilter& filter) const
{
    AuditQuery query;
    if (filter.since) {
        query.sinceMs = filter.since->toMSecsSinceEpoch();
    }
    if (filter.until) {
        query.untilMs = filter.until->toMSecsSinceEpoch();
    }
    if (filter.action) {
        query.actions << *filter.action;
    }
    if (filter.kind) {
        const std::optional<AuditKind> kind = AuditKinds::fromName(*filter.kind);
        const QStringList names = kind ? AuditKinds::actionNames(*kind) : QStringList();
        // Both given: the action must also be of the kind.
        query.actions = filter.action ? (names.contains(*filter.action) ? query.actions
                                                                        : QStringList{QString()})
                                      : names;
    }
    query.outcome = filter.outcome;
    if (filter.actor) {
        if (filter.actor->contains(QLatin1Char(':'))) {
            query.actorTags << m_cipher->lookupTag(actorTagInput(*filter.actor));
        } else {
            // A bare name: the agent or the admin of that name.
            for (const char* prefix : {"agent:", "admin:"}) {
                query.actorTags << m_cipher->lookupTag(
                    actorTagInput(QString::fromLatin1(prefix) + *filter.actor));
            }
        }
    }
    if (filter.target) {
        query.targetTag = m_cipher->lookupTag(targetTagInput(*filter.target));
    }
    query.limit = filter.limit;
    query.newestFirst = filter.newestFirst;
    query.beforeSeq = filter.beforeSeq;
    return query;
}

std::vector<AuditEntry> AuditLog::query(const AuditFilter& filter)
{
    requireKeys();
    std::vector<AuditEntry> entries;
    for (const AuditRecord& record : m_repository.queryAudit(toQuery(filter))) {
        entries.push_back(open(record));
    }
    return entries;
}

std::vector<AuditBucket> AuditLog::stats(const AuditFilter& filter, AuditBucketWidth width)
{
    requireKeys();
    constexpr qint64 Hour = 60LL * 60 * 1000;
    constexpr qint64 Day = 24 * Hour;
    // 1970-01-05, the first Monday after the epoch: weeks start on Mondays (ISO 8601).
    const qint64 widthMs = width == AuditBucketWidth::Hour  ? Hour
                           : width == AuditBucketWidth::Day ? Day
                                                            : 7 * Day;
    const qint64 offsetMs = width == AuditBucketWidth::Week ? 4 * Day : 0;
    std::vector<AuditBucket> buckets;
    for (const AuditCount& count : m_repository.countAudit(toQuery(filter), widthMs, offsetMs)) {
        if (buckets.empty() || buckets.back().start.toMSecsSinceEpoch() != count.startMs) {
            buckets.push_back({QDateTime::fromMSecsSinceEpoch(count.startMs, Qt::UTC), 0, 0, 0});
        }
        AuditBucket& bucket = buckets.back();
        if (count.outcome == QLatin1String("success")) {
            bucket.success += count.count;
        } else if (count.outcome == QLatin1String("denied")) {
            bucket.denied += count.count;
        } else {
            bucket.error += count.count;
        }
    }
    return buckets;
}

} // namespace scopevault
