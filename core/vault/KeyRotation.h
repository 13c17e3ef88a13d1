#pragma once

#include "crypto/KdfParams.h"

#include "SecureBuffer.h"

#include <QtGlobal>

#include <functional>
#include <optional>

namespace scopevault {

class VaultService;

/// What a key rotation re-encrypted.
struct KeyRotationReport
{
    qint64 secrets = 0;
    qint64 objects = 0;
    qint64 bundles = 0;
    qint64 versions = 0;
    qint64 events = 0;
};

/// `passwd --rotate-key` (Bitwarden's "rotate encryption key"): a new random vault key, and
/// every value, note, metadata field, catalog object, issued-bundle entry and audit event
/// re-encrypted and re-tagged under it; the audit chain re-hashed and its checkpoints
/// re-signed with the new key's subkeys; the commitment rebuilt; the new key wrapped with the
/// new passphrase. One transaction: killed at any moment, the vault is either wholly old or
/// wholly new. The vault's signing key changes with it (agents must trust the new one).
class KeyRotation final
{
public:
    /// Called with (records done, records in all) while re-encrypting.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit KeyRotation(VaultService& vault);

    /// Refuses (VaultError(Integrity)) a vault that does not verify, so that damage is never
    /// sealed under the new key. On any failure nothing changes and the vault is locked.
    KeyRotationReport run(const SecureBuffer& newPassphrase,
                          const std::optional<KdfParams>& newParams, const Progress& progress);

private:
    VaultService& m_vault;
};

} // namespace scopevault
