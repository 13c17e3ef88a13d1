#pragma once

#include "audit/AuditCheckpoint.h"

#include <QByteArray>
#include <QString>

namespace scopevault {

/// An exported checkpoint, for anchoring outside the vault: JSON with the vault id, sequence,
/// time, hash, signature and the signing public key.
class AuditCheckpointFile final
{
public:
    QByteArray vaultId;
    AuditCheckpoint checkpoint;
    QByteArray publicKey;

    [[nodiscard]] QByteArray toJson() const;
    /// Throws VaultError(Other) naming the file and the missing or malformed field.
    [[nodiscard]] static AuditCheckpointFile fromJson(const QByteArray& json, const QString& path);
};

} // namespace scopevault
