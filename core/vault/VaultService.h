#pragma once

#include "BundleHeader.h"
#include "SecureBuffer.h"
#include "audit/AuditLog.h"
#include "bundles/IssuedBundle.h"
#include "catalog/Catalog.h"
#include "crypto/KdfParams.h"
#include "crypto/RecordCipher.h"
#include "crypto/VaultKeys.h"
#include "ports/Clock.h"
#include "ports/VaultRepository.h"
#include "secrets/SecretChange.h"
#include "secrets/SecretIndex.h"
#include "secrets/SecretInfo.h"
#include "secrets/SecretRef.h"
#include "vault/VaultError.h"
#include "vault/VaultHeader.h"
#include "vault/VaultInfo.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace scopevault {

/// The vault's use cases: create, unlock, lock, change passphrase, and secrets at scopes.
/// The GUI and both CLIs call this; no caller touches keys or ciphertext.
class VaultService final
{
public:
    /// Why plaintext is released; each is its own audit action.
    enum class ReadPurpose
    {
        Get,    // secret.read
        Reveal, // secret.revealed
        Copy,   // secret.copied
    };

    VaultService(VaultRepository& repository, const Clock& clock);
    ~VaultService();
    VaultService(const VaultService&) = delete;
    VaultService& operator=(const VaultService&) = delete;

    /// Creates a vault protected by `passphrase` and leaves it unlocked.
    void create(const SecureBuffer& passphrase, const KdfParams& params);
    /// The same with the key-encryption key already derived from the passphrase with `salt`
    /// and `params` (Kdf::derive), so that a GUI can run the KDF on a worker thread.
    void createWithKey(const SecureBuffer& kek, const QByteArray& salt, const KdfParams& params);
    /// Opens the existing vault file and checks its header, without unlocking it.
    void open();
    /// Throws VaultError(WrongPassphrase) when the passphrase does not open the vault.
    void unlock(const SecureBuffer& passphrase);
    /// The opened header's salt and KDF cost: what the slow half of unlock() needs, so that a
    /// GUI can run Kdf::derive on a worker thread (open() first).
    [[nodiscard]] QByteArray kdfSalt() const;
    [[nodiscard]] KdfParams kdfParams() const;
    /// The fast half: unwraps the vault key with the derived key-encryption key. Throws
    /// VaultError(WrongPassphrase) like unlock().
    void unlockWithKey(const SecureBuffer& kek);
    /// Drops the vault key and every key derived from it.
    void lock();
    [[nodiscard]] bool isUnlocked() const { return m_keys != nullptr; }
    /// Re-wraps the vault key under a new passphrase (new salt; optionally new KDF cost).
    /// Values are not re-encrypted: they depend only on the vault key.
    void changePassphrase(const SecureBuffer& newPassphrase,
                          const std::optional<KdfParams>& newParams = std::nullopt);

    /// Header facts and counts; works while locked.
    [[nodiscard]] VaultInfo info();

    /// Creates the secret or replaces its value (a new version). Returns the new version.
    quint64 setSecret(const SecretRef& ref, const SecureBuffer& value,
                      const SecretChange& change = SecretChange());
    /// Changes description and/or notes without touching the value or its version.
    void editSecret(const SecretRef& ref, const SecretChange& change);
    /// Records the read in the audit log (committed) before returning the value; if the
    /// event cannot be written, nothing is returned.
    [[nodiscard]] SecureBuffer readValue(const SecretRef& ref,
                                         ReadPurpose purpose = ReadPurpose::Get);
    [[nodiscard]] SecureBuffer readNotes(const SecretRef& ref);
    [[nodiscard]] SecretInfo describeSecret(const SecretRef& ref);
    /// Secrets at `scope` and inside it (a pack includes its actions); all when not given.
    /// Records whose metadata does not authenticate are reported through `damaged`
    /// (their hex ids) and skipped.
    [[nodiscard]] std::vector<SecretInfo> listSecrets(const std::optional<Scope>& scope,
                                                      QStringList* damaged = nullptr);
    /// Deletes the secret and every grant on exactly that secret (so that re-creating it
    /// later does not silently re-open access).
    void removeSecret(const SecretRef& ref);
    /// Compares a stored value with a candidate inside the core: nothing is released, so
    /// nothing is recorded as a read (imports use it to skip unchanged values).
    [[nodiscard]] bool valueEquals(const SecretRef& ref, const SecureBuffer& candidate);
    /// Which names exist at which scope (decrypts every record's metadata once).
    [[nodiscard]] SecretIndex secretIndex();
    /// Moves a secret to another reference (scope and/or name), keeping value, notes,
    /// description and version history position. Refuses when the target exists. Grants on
    /// exactly this secret follow it to the new reference; scope grants are unaffected.
    void moveSecret(const SecretRef& from, const SecretRef& to);
    [[nodiscard]] bool secretExists(const SecretRef& ref);

    /// Decrypts a value for a caller that seals it straight into a bundle and records one
    /// event naming every value it took (bundle.exported). Call inside transact() and record
    /// that event in the same transaction, before the bundle leaves the core.
    [[nodiscard]] SecureBuffer readValueForBundle(const SecretRef& ref, quint64& version);
    /// The vault's Ed25519 public key: signs audit checkpoints and bundles; agents pin it.
    [[nodiscard]] QByteArray signingPublicKey() const;
    /// Seals a bundle file (BundleSealer) with the vault's signing key, which stays inside.
    [[nodiscard]] QByteArray sealBundle(const BundleHeader& header, const SecureBuffer& payload,
                                        const QByteArray& agentPublicKey) const;
    /// The registry of issued bundles (sealed entries; ids and times in clear).
    void registerBundle(const IssuedBundle& bundle);
    [[nodiscard]] std::optional<IssuedBundle> issuedBundle(const QByteArray& id);
    /// Newest first.
    [[nodiscard]] QList<IssuedBundle> issuedBundles();
    /// Imported agent receipts, remembered by a keyed tag of their id.
    [[nodiscard]] bool receiptSeen(const QString& receiptId);
    void rememberReceipt(const QString& receiptId);

    /// Packs, actions, agents and grants, decrypted once per unlock and kept current.
    [[nodiscard]] const Catalog& catalog();
    /// Stores (creates or replaces) a catalog object.
    void putObject(const CatalogObject& object);
    /// Removes a catalog object by its CatalogCodec key; false when there was none.
    bool removeObject(const QString& key);
    /// Registers the pack and action of `scope` when they do not exist yet.
    void ensureScope(const Scope& scope);

    /// Who the audit log names for this session's events (default: "admin:" + OS user).
    void setActor(const QString& actor) { m_actor = actor; }
    [[nodiscard]] const QString& actor() const { return m_actor; }
    /// Appends an event in the current transaction (or its own). Throws when it cannot be
    /// written, so that the operation it records fails too.
    void record(const AuditEvent& event);
    /// The same, naming another actor (an agent whose receipt is imported).
    void record(const AuditEvent& event, const QString& actor);
    /// The audit log, for checkpoints, verification and queries (requires unlock).
    [[nodiscard]] AuditLog& audit();

    /// Runs `work` as one transaction of the vault (nested calls join it).
    void transact(const std::function<void()>& work);
    [[nodiscard]] const Clock& clock() const { return m_clock; }

private:
    void requireUnlocked() const;
    [[nodiscard]] SecretRecord findRecord(const SecretRef& ref);
    [[nodiscard]] SecretInfo openMetadata(const SecretRecord& record, const SecretRef* expected);
    [[nodiscard]] SecureBuffer openField(const SecretRecord& record, RecordCipher::Field field,
                                         const QByteArray& sealed, const SecretRef& ref);
    void sealInto(SecretRecord& record, const SecretRef& ref, const QString& description,
                  QByteArrayView value, const SecureBuffer* notes) const;
    [[nodiscard]] QByteArray tagOf(const SecretRef& ref) const;
    [[nodiscard]] qint64 nowMs() const;
    /// Best effort: records a failed operation; never hides the original error.
    void recordFailure(const QString& action, const QString& target, const VaultError& error);

    VaultRepository& m_repository;
    const Clock& m_clock;
    VaultHeader m_header;
    std::unique_ptr<VaultKeys> m_keys;
    std::unique_ptr<RecordCipher> m_cipher;
    std::optional<Catalog> m_catalog;
    bool m_opened = false; // m_header holds the file's header
    AuditLog m_audit;
    QString m_actor;
};

} // namespace scopevault
