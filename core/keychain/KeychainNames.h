#pragma once

#include <QByteArray>
#include <QString>

namespace scopevault {

/// The names of a vault's entries in the OS keychain (service "scopevault"): each begins
/// with the vault's id, so two vaults never share one, and none says what a secret is called.
class KeychainNames final
{
public:
    /// The random key that quick unlock's wrap of the vault key opens with.
    [[nodiscard]] static QString quickUnlock(const QByteArray& vaultId);
    /// The vault's latest committed state (RollbackAnchor).
    [[nodiscard]] static QString anchor(const QByteArray& vaultId);
    /// A keychain-held value: the secret's record id and the digest of the sealed bytes, so
    /// that a new value never overwrites the entry the committed row still names.
    [[nodiscard]] static QString value(const QByteArray& vaultId, const QByteArray& recordId,
                                       const QByteArray& digest);
};

} // namespace scopevault
