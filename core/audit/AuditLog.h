#pragma once

#include "SecureBuffer.h"
#include "audit/AuditCheckpointFile.h"
#include "audit/AuditEntry.h"
#include "audit/AuditEvent.h"
#include "audit/AuditFilter.h"
#include "audit/AuditQuery.h"
#include "audit/AuditRecord.h"
#include "audit/AuditStats.h"
#include "audit/AuditVerification.h"
#include "audit/AuditVerifier.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace scopevault {

class Clock;
class RecordCipher;
class VaultKeys;
class VaultRepository;

/// The hash-chained audit log of one vault: appends (inside the caller's transaction), signed
/// checkpoints, verification and queries. See docs/AUDIT.md.
class AuditLog final
{
public:
    /// A checkpoint is due after this many events (and on lock, and hourly while open).
    static constexpr qint64 CheckpointInterval = 256;
    static constexpr qint64 CheckpointMaxAgeMs = 60LL * 60 * 1000;

    AuditLog(VaultRepository& repository, const Clock& clock);

    /// Gives the log the keys it seals, chains and signs with (on unlock), or takes them (on
    /// lock). Sealed events from `keyedFrom` on have keyed hashes (earlier ones were written
    /// by a format-1 vault).
    void attach(const VaultKeys& keys, const RecordCipher& cipher, const QByteArray& vaultId,
                qint64 keyedFrom);
    void detach();

    /// Appends an event, and a checkpoint when one is due. Without keys (a failed unlock)
    /// only the actor is recorded, unsealed. Throws on failure: callers fail closed.
    void append(const QString& actor, const AuditEvent& event, const QByteArray& vaultId);
    /// Signs the newest event unless it is already checkpointed. Needs the keys.
    void checkpoint();
    [[nodiscard]] std::optional<AuditCheckpointFile> latestCheckpoint();
    /// Keyed BLAKE2b-256 tag (hex) that identifies a value without revealing it.
    [[nodiscard]] QString valueTag(QByteArrayView value) const;

    [[nodiscard]] AuditVerification verify(const std::optional<AuditCheckpointFile>& exported);
    /// What verify() runs, detached from this log (for a worker thread). Needs the keys.
    [[nodiscard]] AuditVerifier verifier() const;
    /// Checks an exported checkpoint against the log up to `committedHead` (the sealed state's
    /// audit head) without walking the whole log: the vault must not be older than the
    /// checkpoint, and the events from it to the head must chain. Throws VaultError(Integrity).
    void checkAnchor(const AuditCheckpointFile& exported, qint64 committedHead);
    [[nodiscard]] std::vector<AuditEntry> query(const AuditFilter& filter);
    /// Events per time bucket and outcome, oldest bucket first (empty buckets left out).
    [[nodiscard]] std::vector<AuditBucket> stats(const AuditFilter& filter, AuditBucketWidth width);

    /// For a key rotation: the event opened with this log's key, re-sealed and re-tagged with
    /// `cipher`, and chained after `prevHash` with `keys`' chain key (every sealed event is
    /// keyed afterwards). Throws VaultError(Integrity) when its payload does not open.
    [[nodiscard]] AuditRecord rekeyed(const AuditRecord& record, const VaultKeys& keys,
                                      const RecordCipher& cipher, const QByteArray& prevHash) const;
    /// A checkpoint of `hash` at event `seq`, signed with `keys`' signing key.
    [[nodiscard]] static AuditCheckpoint signedCheckpoint(const QByteArray& vaultId, qint64 seq,
                                                          qint64 timeMs, const QByteArray& hash,
                                                          const VaultKeys& keys);

private:
    void requireKeys() const;
    [[nodiscard]] AuditEntry open(const AuditRecord& record) const;
    [[nodiscard]] AuditQuery toQuery(const AuditFilter& filter) const;

    VaultRepository& m_repository;
    const Clock& m_clock;
    const VaultKeys* m_keys = nullptr;
    const RecordCipher* m_cipher = nullptr;
    QByteArray m_vaultId;
    qint64 m_keyedFrom = 1;
};

} // namespace scopevault
