#pragma once

#include "audit/AuditActor.h"
#include "catalog/Catalog.h"
#include "crypto/KdfParams.h"
#include "ports/Clock.h"
#include "ports/VaultRepository.h"
#include "vault/VaultInfo.h"

#include "SecureBuffer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace scopevault {

class KeyStore;
class QuickUnlockService;
class VaultKeys;
class VaultStore;

/// The vault's lifecycle and keys: create, open, unlock, lock, change the passphrase, and the
/// vault's public signing key. The services of each domain (SecretService, AgentService,
/// GrantService, ScopeService, BundleService, AuditService, ...) are constructed over it;
/// the raw store they share is internal to core (store/StoreAccess.h).
class VaultService final
{
public:
    VaultService(VaultRepository& repository, const Clock& clock);
    ~VaultService();
    VaultService(const VaultService&) = delete;
    VaultService& operator=(const VaultService&) = delete;

    /// What the slow step of creating or unlocking needs: Kdf::derive(passphrase, salt, params).
    struct KdfInputs
    {
        QByteArray salt;
        KdfParams params;
    };

    /// Creates a vault protected by `passphrase` and leaves it unlocked: prepareCreate(),
    /// Kdf::derive(), createWithKey().
    void create(const SecureBuffer& passphrase, const KdfParams& params);
    /// The checks of create() that need no KDF (a passphrase, valid parameters, no file at the
    /// vault's path) and a fresh salt, so that a GUI can refuse early and then derive the key
    /// on a worker thread. Throws VaultError (Usage; Other when the file exists).
    [[nodiscard]] KdfInputs prepareCreate(const SecureBuffer& passphrase, const KdfParams& params);
    /// The same with the key-encryption key already derived from the passphrase with `salt`
    /// and `params` (Kdf::derive), so that a GUI can run the KDF on a worker thread.
    void createWithKey(const SecureBuffer& kek, const QByteArray& salt, const KdfParams& params);
    /// Opens the existing vault file and checks its header, without unlocking it.
    void open();
    /// Throws VaultError(WrongPassphrase) when the passphrase does not open the vault.
    /// The same as open(), Kdf::derive(passphrase, kdfSalt(), kdfParams()), unlockWithKey():
    /// a GUI runs the middle step, the slow one, on a worker thread. The KDF runs on a thread
    /// of its own while this one reads what needs no key: the catalog's rows, or whatever
    /// `meanwhile` reads (SecretService::prepareListing, which includes the catalog), so that a
    /// second core is not left idle for the KDF's duration.
    void unlock(const SecureBuffer& passphrase, const std::function<void()>& meanwhile = {});
    /// The opened header's salt and KDF cost: what the slow half of unlock() needs (open()
    /// first).
    [[nodiscard]] QByteArray kdfSalt() const;
    [[nodiscard]] KdfParams kdfParams() const;
    /// The fast half: unwraps the vault key with the derived key-encryption key. Throws
    /// VaultError(WrongPassphrase) like unlock().
    void unlockWithKey(const SecureBuffer& kek);
    /// Drops the vault key and every key derived from it (first storing the rollback anchor
    /// in the keychain when the vault keeps one).
    void lock();

    /// The OS keychain (quick unlock, keychain-held values, the rollback anchor); without one
    /// those fail with a clear error and the anchor is not kept. Not owned.
    void setKeyStore(KeyStore* keyStore);
    /// What an unlock does with a file older than the keychain's anchor: refuse it
    /// (VaultError Integrity, the CLI's default), accept it (recorded; the anchor moves back:
    /// --accept-rollback), or open it and say so through rollbackWarning() (the window).
    enum class RollbackPolicy
    {
        Refuse,
        Accept,
        Warn,
    };
    void setRollbackPolicy(RollbackPolicy policy);
    /// After an unlock under RollbackPolicy::Warn: why the file looks rolled back.
    [[nodiscard]] std::optional<QString> rollbackWarning() const;
    /// Accepts the file the warning was about (vault.rollback-accepted; the anchor follows it).
    void acceptRollback();
    /// Problems that did not stop an operation (mostly the keychain's); cleared when taken.
    [[nodiscard]] QStringList takeWarnings();
    [[nodiscard]] bool isUnlocked() const;
    /// Re-wraps the vault key under a new passphrase (new salt; optionally new KDF cost).
    /// Values are not re-encrypted: they depend only on the vault key.
    void changePassphrase(const SecureBuffer& newPassphrase,
                          const std::optional<KdfParams>& newParams = std::nullopt);

    /// Every record, leaf and tree node against the sealed commitment, the audit head and the
    /// checkpoint count (`verify`); empty when all agree.
    [[nodiscard]] QStringList verifyCommitment();
    /// What SQLite's integrity check finds wrong in the file (empty: nothing).
    [[nodiscard]] QStringList storageProblems();

    /// Header facts and counts; works while locked.
    [[nodiscard]] VaultInfo info();
    /// The vault's Ed25519 public key: signs audit checkpoints and bundles; agents pin it.
    [[nodiscard]] QByteArray signingPublicKey() const;

    /// Packs, actions, agents and grants (read-only; the catalog services change them),
    /// decrypted once per unlock and kept current.
    [[nodiscard]] const Catalog& catalog();

    /// Who the audit log names for this session's events (default: "admin:" + OS user).
    void setActor(const AuditActor& actor);
    [[nodiscard]] const AuditActor& actor() const;
    [[nodiscard]] const Clock& clock() const;

private:
    friend VaultStore& storeOf(VaultService& vault);
    friend class QuickUnlockService;
    /// Attaches unwrapped keys: the commitment, the catalog, the anchor, vault.unlocked.
    void unlockWithVaultKeys(std::unique_ptr<VaultKeys> keys, bool withPassphrase);
    void finishUnlock(const VaultHeader& header, bool withPassphrase);
    /// Format 1 to 2: rewraps the key under the new header and builds the commitment.
    void upgrade(const SecureBuffer& kek, std::unique_ptr<VaultKeys> keys);

    std::unique_ptr<VaultStore> m_store;
    RollbackPolicy m_rollbackPolicy = RollbackPolicy::Refuse;
    std::optional<QString> m_rollbackWarning;
};

} // namespace scopevault
