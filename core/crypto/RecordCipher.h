#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

namespace scopevault {

class VaultKeys;

/// Encrypts one field of one record with XChaCha20-Poly1305 (IETF) and a fresh random nonce.
/// The associated data binds the ciphertext to the vault, record id, version and field, so a
/// ciphertext copied to another row, field or version no longer opens.
class RecordCipher final
{
public:
    enum class Field
    {
        Metadata,
        Value,
        Notes,
        Object,  // a pack, action, agent or grant
        Audit,   // an audit event's actor, target and details
        Bundle,  // an issued bundle's registry entry
        History, // how, by whom and to which value (keyed tag) a secret's version was made
    };

    /// The fields of the associated data, besides the vault id the cipher was built with.
    struct Binding
    {
        QByteArray recordId;
        quint64 version = 0;
        Field field = Field::Value;
    };

    RecordCipher(const VaultKeys& keys, const QByteArray& vaultId);

    /// Returns nonce || ciphertext || tag.
    [[nodiscard]] QByteArray seal(QByteArrayView plaintext, const Binding& binding) const;
    /// Opens what seal() returned. Returns false (and leaves `out` empty) when the ciphertext
    /// was altered or belongs to another record, version or field.
    [[nodiscard]] bool open(const QByteArray& sealed, const Binding& binding,
                            SecureBuffer& out) const;
    /// Like open(), into ordinary memory: only for fields that are not secret values
    /// (metadata), where a guarded allocation per record would dominate listing time.
    [[nodiscard]] bool openUnguarded(const QByteArray& sealed, const Binding& binding,
                                     QByteArray& out) const;
    /// Keyed BLAKE2b-256 of a text, used as a lookup tag that reveals nothing without the key.
    [[nodiscard]] QByteArray lookupTag(const QString& text) const;

    [[nodiscard]] static QString fieldName(Field field);
    [[nodiscard]] static QByteArray randomRecordId();

private:
    /// Built on the stack: a QByteArray for it (and a QString for the field's name) cost a
    /// quarter of opening a record's metadata.
    using AssociatedData = QVarLengthArray<char, 96>;
    void associatedData(const Binding& binding, AssociatedData& aad) const;
    bool decryptInto(const QByteArray& sealed, const Binding& binding, unsigned char* out) const;

    const VaultKeys& m_keys;
    QByteArray m_vaultId;
};

} // namespace scopevault
