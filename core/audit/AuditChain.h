#pragma once

#include "audit/AuditCheckpoint.h"
#include "audit/AuditRecord.h"
#include "ports/AuditRow.h"

#include "SecureBuffer.h"

#include <QByteArray>

namespace scopevault {

/// The documented canonical encoding of audit records and checkpoints, and their hashes
/// (BLAKE2b-256) and signatures (Ed25519). See docs/AUDIT.md.
class AuditChain final
{
public:
    static constexpr int HashBytes = 32;

    /// The prev_hash of event 1: BLAKE2b-256("scopevault-audit-genesis" || vault id), so a
    /// log cannot be moved to another vault.
    [[nodiscard]] static QByteArray genesis(const QByteArray& vaultId);
    /// Canonical bytes of everything in `record` except its own hash.
    [[nodiscard]] static QByteArray encode(const AuditRecord& record);
    /// The same encoding of a stored row, into `buffer` (reused, to avoid an allocation per
    /// record when verifying).
    static void encodeInto(QByteArray& buffer, const AuditRow& row);
    /// BLAKE2b-256 of the encoding; keyed with the vault's audit chain key (VaultKeys) for
    /// sealed events of a format-2 vault, so that nobody without the key can recompute it.
    [[nodiscard]] static QByteArray hashOf(const AuditRecord& record,
                                           const SecureBuffer* key = nullptr);
    /// hashOf for a stored row, streaming its fields into BLAKE2b without building the
    /// encoding first (the verification hot path).
    static void hashRow(const AuditRow& row, unsigned char* out, const SecureBuffer* key = nullptr);
    /// Hashes the encoding into `out` (HashBytes) without allocating a result.
    static void hashInto(const QByteArray& encoding, unsigned char* out,
                         const SecureBuffer* key = nullptr);

    [[nodiscard]] static QByteArray checkpointMessage(const QByteArray& vaultId,
                                                      const AuditCheckpoint& checkpoint);
    [[nodiscard]] static QByteArray sign(const QByteArray& message, const unsigned char* secretKey);
    [[nodiscard]] static bool verify(const QByteArray& message, const QByteArray& signature,
                                     const QByteArray& publicKey);
};

} // namespace scopevault
