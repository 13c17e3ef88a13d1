#include "audit/AuditVerifier.h"

#include "audit/AuditAction.h"
#include "audit/AuditChain.h"
#include "audit/AuditLog.h"
#include "ports/VaultRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cstring>

#include <sodium.h>

namespace scopevault {

AuditVerifier::AuditVerifier(QByteArray vaultId, qint64 keyedFrom, const SecureBuffer& chainKey,
                             QByteArray publicKey)
    : m_vaultId(std::move(vaultId))
    , m_keyedFrom(keyedFrom)
    , m_chainKey(SecureBuffer::copyOf(chainKey.data(), chainKey.size()))
    , m_publicKey(std::move(publicKey))
{}

AuditVerification AuditVerifier::verify(VaultRepository& repository,
                                        const std::optional<AuditCheckpointFile>& exported,
                                        const Progress& progress) const
{
    bool cancelled = false;
    AuditVerification result;
    const auto breakAt = [&](qint64 seq, const QString& reason) {
        if (!result.brokenSeq && result.reason.isEmpty()) {
            result.brokenSeq = seq;
            result.reason = reason;
        }
    };
    // Only the hashes that checkpoints vouch for are remembered while walking the chain.
    const std::vector<AuditCheckpoint> checkpoints = repository.auditCheckpoints();
    QHash<qint64, QByteArray> hashes;
    QSet<qint64> stored;
    for (const AuditCheckpoint& checkpoint : checkpoints) {
        hashes.insert(checkpoint.seq, QByteArray());
        stored.insert(checkpoint.seq);
    }
    if (exported) {
        hashes.insert(exported->checkpoint.seq, QByteArray());
    }
    unsigned char previous[AuditChain::HashBytes];
    const QByteArray genesis = AuditChain::genesis(m_vaultId);
    std::memcpy(previous, genesis.constData(), AuditChain::HashBytes);
    unsigned char computed[AuditChain::HashBytes];
    qint64 expectedSeq = 1;
    // Every lock writes a checkpoint of its own event, and no more than
    // AuditLog::CheckpointInterval sealed events pass without one: a gap means checkpoints were
    // removed.
    const QByteArray lockedAction = AuditActions::name(AuditAction::VaultLocked).toUtf8();
    std::vector<qint64> locks;
    qint64 sinceCheckpoint = 0;
    std::optional<qint64> longRun;
    repository.scanAuditRows([&](const AuditRow& row) {
        ++result.events;
        if (progress && result.events % ProgressEvery == 0 && !cancelled) {
            cancelled = !progress(result.events);
        }
        if (result.brokenSeq || cancelled) {
            return;
        }
        if (row.seq != expectedSeq) {
            breakAt(expectedSeq, row.seq > expectedSeq
                                     ? QCoreApplication::translate("AuditVerifier",
                                                                   "events %1 to %2 are missing")
                                           .arg(expectedSeq)
                                           .arg(row.seq - 1)
                                     : QCoreApplication::translate(
                                           "AuditVerifier", "sequence numbers out of order"));
            return;
        }
        if (row.prevHash.size() != AuditChain::HashBytes ||
            sodium_memcmp(row.prevHash.data(), previous, AuditChain::HashBytes) != 0) {
            breakAt(row.seq, QCoreApplication::translate(
                                 "AuditVerifier",
                                 "its previous-hash does not match event %1 (events removed, "
                                 "reordered or altered)")
                                 .arg(row.seq - 1));
            return;
        }
        AuditChain::hashRow(row, computed,
                            row.sealed && row.seq >= m_keyedFrom ? &m_chainKey : nullptr);
        if (row.hash.size() != AuditChain::HashBytes ||
            sodium_memcmp(computed, row.hash.data(), AuditChain::HashBytes) != 0) {
            breakAt(row.seq, QCoreApplication::translate("AuditVerifier",
                                                         "hash mismatch: the event was altered"));
            return;
        }
        ++result.validEvents;
        std::memcpy(previous, computed, AuditChain::HashBytes);
        if (row.sealed && row.seq >= m_keyedFrom) {
            ++sinceCheckpoint;
            if (row.action == lockedAction) {
                locks.push_back(row.seq);
            }
        }
        if (stored.contains(row.seq)) {
            sinceCheckpoint = 0;
        } else if (sinceCheckpoint > AuditLog::CheckpointInterval && !longRun) {
            longRun = row.seq;
        }
        const auto wanted = hashes.find(row.seq);
        if (wanted != hashes.end()) {
            *wanted = row.hash.toByteArray();
        }
        ++expectedSeq;
    });
    if (cancelled) {
        result.cancelled = true;
        return result;
    }
    const qint64 lastSeq = expectedSeq - 1;
    result.checkpoints = static_cast<int>(checkpoints.size());
    for (const AuditCheckpoint& checkpoint : checkpoints) {
        if (!AuditChain::verify(AuditChain::checkpointMessage(m_vaultId, checkpoint),
                                checkpoint.signature, m_publicKey)) {
            breakAt(checkpoint.seq,
                    QCoreApplication::translate("AuditVerifier", "bad checkpoint signature"));
            continue;
        }
        if (hashes.value(checkpoint.seq).isEmpty()) {
            breakAt(checkpoint.seq,
                    QCoreApplication::translate(
                        "AuditVerifier", "a signed checkpoint names event %1, but the log ends at "
                                         "%2 (events were removed from the end)")
                        .arg(checkpoint.seq)
                        .arg(result.events));
            continue;
        }
        if (hashes.value(checkpoint.seq) != checkpoint.hash) {
            breakAt(checkpoint.seq,
                    QCoreApplication::translate("AuditVerifier",
                                                "the event differs from what checkpoint %1 signed")
                        .arg(checkpoint.seq));
            continue;
        }
        ++result.validCheckpoints;
        if (!result.lastCheckpointSeq || checkpoint.seq > *result.lastCheckpointSeq) {
            result.lastCheckpointSeq = checkpoint.seq;
            result.lastCheckpointMs = checkpoint.timeMs;
        }
    }
    if (!result.brokenSeq) {
        for (const qint64 seq : locks) {
            if (!stored.contains(seq)) {
                breakAt(seq, QCoreApplication::translate(
                                 "AuditVerifier", "event %1 locked the vault but has no checkpoint "
                                                  "(checkpoints were removed)")
                                 .arg(seq));
                break;
            }
        }
        if (longRun) {
            breakAt(*longRun,
                    QCoreApplication::translate("AuditVerifier",
                                                "more than %1 events without a checkpoint before "
                                                "event %2 (checkpoints were removed)")
                        .arg(AuditLog::CheckpointInterval)
                        .arg(*longRun));
        }
    }
    if (exported) {
        if (exported->vaultId != m_vaultId) {
            breakAt(exported->checkpoint.seq,
                    QCoreApplication::translate(
                        "AuditVerifier", "the exported checkpoint belongs to another vault"));
        } else if (!AuditChain::verify(
                       AuditChain::checkpointMessage(m_vaultId, exported->checkpoint),
                       exported->checkpoint.signature, m_publicKey)) {
            breakAt(exported->checkpoint.seq,
                    QCoreApplication::translate("AuditVerifier",
                                                "bad signature on the exported checkpoint"));
        } else if (exported->checkpoint.seq > lastSeq && !result.brokenSeq) {
            breakAt(lastSeq + 1,
                    QCoreApplication::translate(
                        "AuditVerifier", "the log ends at event %1, shorter than the exported "
                                         "checkpoint at %2 (events were removed from the end)")
                        .arg(lastSeq)
                        .arg(exported->checkpoint.seq));
        } else if (hashes.value(exported->checkpoint.seq) != exported->checkpoint.hash) {
            breakAt(
                exported->checkpoint.seq,
                QCoreApplication::translate(
                    "AuditVerifier", "the event differs from what the exported checkpoint signed"));
        }
    }
    return result;
}

} // namespace scopevault
