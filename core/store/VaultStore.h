#pragma once

#include "audit/AuditAction.h"
#include "audit/AuditActor.h"
#include "audit/AuditLog.h"
#include "catalog/Catalog.h"
#include "crypto/RecordCipher.h"
#include "crypto/VaultKeys.h"
#include "ports/Clock.h"
#include "ports/VaultRepository.h"
#include "store/CommittedRepository.h"
#include "vault/VaultHeader.h"

#include "BundleHeader.h"
#include "SecureBuffer.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace scopevault {

class KeyStore;

struct AuditEvent;
class SecretRef;
class VaultError;

/// The state of one open vault and the raw primitives over it: transactions, the decrypted
/// catalog, audit recording under any actor, record sealing. Internal to core: the core's
/// services are its only callers (app/ and ui/ cannot include store/, a style test checks).
/// VaultService owns it and drives its lifecycle; see docs/ARCHITECTURE.md.
class VaultStore final
{
public:
    VaultStore(VaultRepository& repository, const Clock& clock);
    ~VaultStore();
    VaultStore(const VaultStore&) = delete;
    VaultStore& operator=(const VaultStore&) = delete;

    /// The vault's records, checked against and committed to the commitment while unlocked.
    [[nodiscard]] CommittedRepository& repository() { return m_repository; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    [[nodiscard]] qint64 nowMs() const;
    /// The vault file, for messages.
    [[nodiscard]] QString location() const { return m_repository.location(); }

    /// The header as read from (or written to) the file; isOpen() says whether there is one.
    [[nodiscard]] bool isOpen() const { return m_opened; }
    [[nodiscard]] const VaultHeader& header() const { return m_header; }
    void setHeader(VaultHeader header);
    /// For a read-modify-write of the header, inside the transaction that holds the write
    /// lock: throws VaultError(WrongPassphrase) when another process changed the header since
    /// this one unlocked (its passphrase or key was changed; the one given no longer opens it).
    void requireCurrentHeader();
    /// The current header with a new salt (and KDF cost, when given), wrapping `keys` under
    /// `newPassphrase` (runs the KDF). Throws VaultError(Usage) for an empty passphrase or bad
    /// parameters. For passwd, with or without a new vault key.
    [[nodiscard]] VaultHeader rewrappedHeader(const VaultKeys& keys,
                                              const SecureBuffer& newPassphrase,
                                              const std::optional<KdfParams>& newParams) const;

    /// Keys of the unlocked vault: attach() after unwrapping (checks the commitment against the
    /// header; throws VaultError(Integrity)), detach() when locking (wipes them).
    void attach(std::unique_ptr<VaultKeys> keys);
    /// The same for a vault whose commitment is built now (a new vault, or one upgraded from
    /// format 1, whose earlier events keep their keyless hashes): in the caller's transaction.
    void attachNew(std::unique_ptr<VaultKeys> keys, qint64 auditKeyedFrom);
    void detach();
    [[nodiscard]] bool isUnlocked() const { return m_keys != nullptr; }
    /// Throws VaultError(Denied) when the vault is locked.
    void requireUnlocked() const;
    [[nodiscard]] const VaultKeys& keys() const;
    [[nodiscard]] const RecordCipher& cipher() const;
    /// The keyed lookup tag of a secret reference.
    [[nodiscard]] QByteArray tagOf(const SecretRef& ref) const;

    /// Runs `work` as one transaction of the vault (nested calls join it); the cached catalog
    /// is dropped when it rolls back.
    void transact(const std::function<void()>& work);
    /// Runs `action` once the outermost transaction commits (at once outside one); actions
    /// must not throw (the keychain's clean-up: failures become warnings).
    void afterCommit(std::function<void()> action);
    /// Runs `action` if the outermost transaction rolls back instead.
    void onRollback(std::function<void()> action);

    /// Packs, actions, agents and grants, decrypted once per unlock and kept current.
    [[nodiscard]] const Catalog& catalog();
    /// Stores (creates or replaces) a catalog object.
    void putObject(const CatalogObject& object);
    /// Removes a catalog object by its CatalogCodec key; false when there was none.
    bool removeObject(const QString& key);
    /// Registers the pack and action of `scope` when they do not exist yet (audited).
    void ensureScope(const Scope& scope);

    /// Who the audit log names for this session's events (default: "admin:" + OS user).
    void setActor(const AuditActor& actor) { m_actor = actor; }
    [[nodiscard]] const AuditActor& actor() const { return m_actor; }
    /// Appends an event in the current transaction (or its own). Throws when it cannot be
    /// written, so that the operation it records fails too.
    void record(const AuditEvent& event);
    /// The same, naming another actor (an agent whose receipt is imported).
    void recordAs(const AuditEvent& event, const AuditActor& actor);
    /// Best effort: records a failed operation; never hides the original error.
    void recordFailure(AuditAction action, const QString& target, const VaultError& error);
    /// The audit log, for checkpoints, verification and queries (requires unlock).
    [[nodiscard]] AuditLog& audit();
    /// The audit log whether or not the vault is unlocked (unlock failures are recorded
    /// without the key).
    [[nodiscard]] AuditLog& auditUnchecked() { return m_audit; }

    /// Seals a bundle file (BundleSealer) with the vault's signing key, which stays inside.
    [[nodiscard]] QByteArray sealBundle(const BundleHeader& header, const SecureBuffer& payload,
                                        const QByteArray& agentPublicKey) const;

    /// The OS keychain this program was given (VaultService::setKeyStore), or nothing.
    [[nodiscard]] KeyStore* keyStore() const { return m_keyStore; }
    void setKeyStore(KeyStore* keyStore) { m_keyStore = keyStore; }
    /// The keychain, or VaultError(Other) saying that `what` needs it (for messages).
    [[nodiscard]] KeyStore& requireKeyStore(const QString& what) const;
    /// Whether this session was unlocked with the passphrase (not through quick unlock): what
    /// changing the passphrase, rotating the key and enabling quick unlock require.
    [[nodiscard]] bool unlockedWithPassphrase() const { return m_withPassphrase; }
    void setUnlockedWithPassphrase(bool with) { m_withPassphrase = with; }
    /// Throws VaultError(Denied) naming `what` unless unlocked with the passphrase.
    void requirePassphraseUnlock(const QString& what) const;
    /// Problems that did not stop an operation (the keychain could not take the anchor, an
    /// old keychain entry could not be deleted): front ends show and then clear them.
    void warn(const QString& text) { m_warnings << text; }
    [[nodiscard]] QStringList takeWarnings();
    /// Set when the keychain failed to answer the rollback anchor's check: the session does
    /// not wait for it again (reset when locked).
    [[nodiscard]] bool anchorUnreachable() const { return m_anchorUnreachable; }
    void setAnchorUnreachable() { m_anchorUnreachable = true; }

private:
    CommittedRepository m_repository;
    const Clock& m_clock;
    VaultHeader m_header;
    bool m_opened = false;
    std::unique_ptr<VaultKeys> m_keys;
    std::unique_ptr<RecordCipher> m_cipher;
    std::optional<Catalog> m_catalog;
    AuditLog m_audit;
    AuditActor m_actor;
    KeyStore* m_keyStore = nullptr;
    bool m_withPassphrase = false;
    bool m_anchorUnreachable = false;
    QStringList m_warnings;
    int m_depth = 0;
    std::vector<std::function<void()>> m_afterCommit;
    std::vector<std::function<void()>> m_onRollback;

    static void runAll(std::vector<std::function<void()>>& actions);
};

} // namespace scopevault
