#pragma once

#include <QDateTime>

#include <optional>

namespace scopevault {

class VaultService;
class VaultStore;

/// Quick unlock (opt-in): a random key in the OS keychain opens a second wrap of the vault
/// key kept in the file, so the vault opens without the passphrase and without the KDF.
/// Forgotten when asked, when the passphrase or the vault key changes, when its lifetime
/// (keychain.quick-unlock-lifetime, 14 days) has passed, and whenever the keychain's key and
/// the file's wrap disagree. Enabling it needs a session unlocked with the passphrase.
class QuickUnlockService final
{
public:
    enum class Reason
    {
        Asked,
        Expired,
        PassphraseChanged,
        KeyRotated,
        Mismatch,
        Missing,
    };

    struct Status
    {
        bool enabled = false;
        QDateTime since;
        /// When it lapses (known while unlocked: the lifetime is a vault setting).
        std::optional<QDateTime> expires;
    };

    explicit QuickUnlockService(VaultService& vault);

    /// Works while locked (then without `expires`).
    [[nodiscard]] Status status();
    /// Stores a new random key in the keychain and the wrap in the file; arms the rollback
    /// anchor. Throws VaultError(Denied) for a session unlocked through the keychain, Other
    /// when the keychain fails (nothing is stored then).
    void enable();
    /// Removes the wrap from the file and the key from the keychain (a keychain that fails
    /// leaves a warning: the key alone opens nothing once the wrap is gone).
    void forget(Reason reason = Reason::Asked);
    /// Opens the vault with the keychain's key. Throws VaultError: NotFound when quick unlock
    /// is off; WrongPassphrase when the keychain gives no key (a locked keyring looks the
    /// same, so quick unlock stays on), and, forgetting it, when the key disagrees or has
    /// expired; Other when the keychain fails.
    void unlock();

    /// The reason as the audit log names it.
    [[nodiscard]] static QString reasonName(Reason reason);

private:
    [[nodiscard]] QString refuse(Reason reason);

    VaultService& m_vault;
    VaultStore& m_store;
};

} // namespace scopevault
