#pragma once

#include <QByteArray>
#include <QString>

namespace scopevault {

class VaultStore;
struct SecretRecord;

/// Values kept in the OS keychain instead of the vault file. The value is sealed exactly as
/// in the file (RecordCipher: bound to vault, record, version and field), so the keychain's
/// entry alone reveals nothing; the row keeps a marker with the BLAKE2b-256 digest of those
/// sealed bytes, so the commitment binds the entry and an older or foreign one is refused.
class KeychainValues final
{
public:
    /// "svkc" and the digest.
    static constexpr int MarkerBytes = 36;

    enum class Presence
    {
        Present,
        Missing,
        Different, // an entry that is not the one the vault names
    };

    explicit KeychainValues(VaultStore& store);

    /// Whether a row's value column names a keychain entry instead of holding the value.
    [[nodiscard]] static bool isMarker(const QByteArray& stored);
    /// The sealed value the row's column stands for: itself, or the keychain entry its marker
    /// names. Throws VaultError naming `what` (the reference): NotFound when the keychain has
    /// no such entry, Integrity when the entry differs, Other when the keychain fails.
    [[nodiscard]] QByteArray sealed(const QByteArray& recordId, const QByteArray& stored,
                                    const QString& what);
    /// Writes sealed bytes to the keychain; returns the marker the row keeps instead.
    [[nodiscard]] QByteArray place(const QByteArray& recordId, const QByteArray& sealed,
                                   const QString& what);
    /// Deletes the entry a marker names, once no committed row names it; anything else is
    /// ignored. A keychain that fails leaves a warning (VaultStore::warn), not an error.
    void discard(const QByteArray& recordId, const QByteArray& stored, const QString& what);
    /// discard() of the record's entry once the outermost transaction commits (a value
    /// replaced, moved or deleted): never before, so a rolled-back change still finds it.
    void dropAfterCommit(const SecretRecord& record);
    /// discard() of the record's new entry if the transaction rolls back.
    void dropIfRolledBack(const SecretRecord& record);
    [[nodiscard]] Presence presence(const QByteArray& recordId, const QByteArray& stored,
                                    const QString& what);

private:
    [[nodiscard]] QString entryName(const QByteArray& recordId, const QByteArray& marker) const;

    VaultStore& m_store;
};

} // namespace scopevault
