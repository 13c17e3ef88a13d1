#pragma once

#include "audit/AuditCheckpointFile.h"
#include "audit/AuditVerification.h"

#include "SecureBuffer.h"

#include <QByteArray>

#include <functional>
#include <optional>

namespace scopevault {

class VaultRepository;

/// Walks an audit log's chain and checks its checkpoints (`audit verify`, the audit view's
/// verdict). It holds its own copy of what it needs (the vault id, where keyed hashes start,
/// the chain key and the signing public key), so that it can run on a worker thread over a
/// repository (a connection) of its own while the window keeps working.
class AuditVerifier final
{
public:
    /// Called every ProgressEvery events with the number walked; returning false cancels.
    using Progress = std::function<bool(qint64 events)>;
    static constexpr qint64 ProgressEvery = 65536;

    AuditVerifier(QByteArray vaultId, qint64 keyedFrom, const SecureBuffer& chainKey,
                  QByteArray publicKey);

    [[nodiscard]] AuditVerification verify(VaultRepository& repository,
                                           const std::optional<AuditCheckpointFile>& exported,
                                           const Progress& progress = {}) const;

private:
    QByteArray m_vaultId;
    qint64 m_keyedFrom;
    SecureBuffer m_chainKey;
    QByteArray m_publicKey;
};

} // namespace scopevault
