#pragma once

#include "catalog/Scope.h"
#include "crypto/RecordCipher.h"
#include "ports/SecretRecord.h"
#include "secrets/KeychainEntry.h"
#include "secrets/SecretChange.h"
#include "secrets/SecretIndex.h"
#include "secrets/SecretInfo.h"
#include "secrets/SecretRef.h"
#include "secrets/SecretVersion.h"

#include "SecureBuffer.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace scopevault {

class VaultService;
class VaultStore;

/// Secrets at scopes: values, notes and descriptions, sealed per record. The GUI and both
/// CLIs call this; no caller touches keys or ciphertext. Every release of plaintext is
/// recorded in the audit log before the value leaves.
class SecretService final
{
public:
    /// Why plaintext is released; each is its own audit action.
    enum class ReadPurpose
    {
        Get,    // secret.read
        Reveal, // secret.revealed
        Copy,   // secret.copied
    };

    explicit SecretService(VaultService& vault);

    /// Creates the secret or replaces its value (a new version; the old value stays in its
    /// history, see HistoryService). Returns the new version. A rotation or rollback needs an
    /// existing secret; a rotation refuses a value held before unless the change allows it.
    quint64 setSecret(const SecretRef& ref, const SecureBuffer& value,
                      const SecretChange& change = SecretChange());
    /// The same for a value inside a larger secure buffer (imports hold all values in one).
    quint64 setSecret(const SecretRef& ref, std::string_view value,
                      const SecretChange& change = SecretChange());
    /// Changes description and/or notes without touching the value or its version.
    void editSecret(const SecretRef& ref, const SecretChange& change);
    /// Records the read in the audit log (committed) before returning the value; if the
    /// event cannot be written, nothing is returned.
    [[nodiscard]] SecureBuffer readValue(const SecretRef& ref,
                                         ReadPurpose purpose = ReadPurpose::Get);
    [[nodiscard]] SecureBuffer readNotes(const SecretRef& ref);
    /// The secret's versions, newest first: when, by whom, how. Never a value.
    [[nodiscard]] std::vector<SecretVersion> history(const SecretRef& ref);
    /// The value of one version (the current one or one the history still keeps), recorded
    /// like readValue with the version read. Throws VaultError(NotFound) for a version that
    /// never existed or whose value retention dropped.
    [[nodiscard]] SecureBuffer readVersion(const SecretRef& ref, quint64 version,
                                           ReadPurpose purpose = ReadPurpose::Get);
    /// A new version holding the value of `version` (secret.rolled-back). Returns the new one.
    quint64 rollback(const SecretRef& ref, quint64 version);
    [[nodiscard]] SecretInfo describeSecret(const SecretRef& ref);
    /// Secrets at `scope` and inside it (a pack includes its actions); all when not given.
    /// Records whose metadata does not authenticate, or that differ from the vault's
    /// commitment, are reported through `damaged` (why, naming each) and skipped.
    /// `references`, when given, receives each one's reference text in the same order (made
    /// while opening, on the same threads, so that a caller printing them need not again).
    [[nodiscard]] std::vector<SecretInfo> listSecrets(const std::optional<Scope>& scope,
                                                      QStringList* damaged = nullptr,
                                                      std::vector<QString>* references = nullptr);
    /// The same in no particular order (the rotation schedule orders by due date itself).
    [[nodiscard]] std::vector<SecretInfo> listSecretsUnordered(QStringList* damaged = nullptr);
    /// Those of `refs` that exist, in no particular order: the rows of the whole table are
    /// read and checked as for a listing, but only these records are opened (found by their
    /// lookup tags), so the cost of opening follows refs.size(), not the vault's size.
    [[nodiscard]] std::vector<SecretInfo> listSecretsNamed(const std::vector<SecretRef>& refs);
    /// Reads what the next listing needs that no key opens (the rows, their digests, the
    /// commitment's leaves): meant for VaultService::unlock's `meanwhile`, so that the
    /// listing after the KDF only opens metadata. Used once, and only if the file is
    /// unchanged by then; needs the vault open, not unlocked.
    void prepareListing();
    /// Deletes the secret and every grant on exactly that secret (so that re-creating it
    /// later does not silently re-open access).
    void removeSecret(const SecretRef& ref);
    /// Compares a stored value with a candidate inside the core: nothing is released, so
    /// nothing is recorded as a read (imports use it to skip unchanged values).
    [[nodiscard]] bool valueEquals(const SecretRef& ref, const SecureBuffer& candidate);
    [[nodiscard]] bool valueEquals(const SecretRef& ref, std::string_view candidate);
    /// Decrypts each current value in turn for a matcher inside the core (the skill scanner)
    /// and wipes it before the next: one value in memory at a time. Nothing is released, so
    /// nothing is recorded; the scan itself is.
    void visitValues(const std::function<void(const SecretRef&, std::string_view)>& visit);
    /// Which names exist at which scope (decrypts every record's metadata once).
    [[nodiscard]] SecretIndex secretIndex();
    /// Moves a secret to another reference (scope and/or name), keeping value, notes,
    /// description and version history position. Refuses when the target exists. Grants on
    /// exactly this secret follow it to the new reference; scope grants are unaffected.
    void moveSecret(const SecretRef& from, const SecretRef& to);
    [[nodiscard]] bool secretExists(const SecretRef& ref);

    /// Decrypts a value for a caller that seals it straight into a bundle and records one
    /// event naming every value it took (bundle.exported). Call inside the export's
    /// transaction and record that event in it, before the bundle leaves the core.
    [[nodiscard]] SecureBuffer readValueForBundle(const SecretRef& ref, quint64& version);

    /// Moves the value into the OS keychain or back into the vault file, keeping its version
    /// (secret.relocated). Moving into the keychain drops the older values the history keeps
    /// in the file; returns how many. Nothing happens when it already lives there.
    int relocate(const SecretRef& ref, bool toKeychain);
    /// Each keychain-held secret with whether the keychain holds its entry: for `keychain
    /// status` and the window's Keychain dialog. Throws VaultError(Other) when the keychain
    /// cannot be asked.
    [[nodiscard]] std::vector<KeychainEntry> keychainEntries();
    /// Opens every sealed field of every secret (metadata, value, notes), as `verify` does;
    /// returns what fails (empty: all open). Values are wiped at once.
    [[nodiscard]] QStringList verifySeals();

private:
    [[nodiscard]] SecretRecord findRecord(const SecretRef& ref);
    /// The record of `ref` as the repository finds it (checked against the commitment); an
    /// integrity failure names the reference.
    [[nodiscard]] std::optional<SecretRecord> lookup(const SecretRef& ref);
    [[nodiscard]] SecretInfo openMetadata(const SecretRecord& record, const SecretRef* expected);
    /// Every record's metadata opened across the cores; with `references`, each reference
    /// text too (same order).
    [[nodiscard]] std::vector<SecretInfo> openAll(QStringList* damaged,
                                                  std::vector<QString>* references);
    /// records[i] opened for each i, across the cores, checked to name expected[i] when that
    /// is not null; integrity failures go to `damaged` when given, others are thrown.
    [[nodiscard]] std::vector<SecretInfo> openEach(const std::vector<const SecretRecord*>& records,
                                                   const std::vector<const SecretRef*>& expected,
                                                   QStringList* damaged,
                                                   std::vector<QString>* references);
    /// The value of an older `version` from the history; VaultError(NotFound) saying whether
    /// the version never existed or retention dropped its value.
    [[nodiscard]] SecureBuffer openOlderValue(const SecretRecord& record, const SecretInfo& info,
                                              quint64 version);
    [[nodiscard]] SecureBuffer openField(const SecretRecord& record, RecordCipher::Field field,
                                         const QByteArray& sealed, const SecretRef& ref);
    /// Where sealInto() puts the value: the row, the OS keychain (the row keeps a marker), or
    /// nowhere new (the row's value stays as it is: an edit of description or notes).
    enum class ValuePlace
    {
        File,
        Keychain,
        Keep,
    };
    void sealInto(SecretRecord& record, const SecretRef& ref, const QString& description,
                  qint64 changedMs, QByteArrayView value, const SecureBuffer* notes,
                  ValuePlace place) const;
    /// The record's current value, from the row or from the keychain (SecretKeychain.cpp).
    [[nodiscard]] SecureBuffer openValue(const SecretRecord& record, const SecretRef& ref);

    VaultStore& m_store;
};

} // namespace scopevault
