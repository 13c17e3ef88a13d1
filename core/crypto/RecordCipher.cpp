#include "crypto/RecordCipher.h"

#include "crypto/VaultKeys.h"

#include <QtEndian>

#include <sodium.h>

#include <cstring>

namespace scopevault {

namespace {
constexpr std::size_t NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t TagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int RecordIdBytes = 16;
} // namespace

RecordCipher::RecordCipher(const VaultKeys& keys, const QByteArray& vaultId)
    : m_keys(keys)
    , m_vaultId(vaultId)
{}

namespace {

const char* fieldTag(RecordCipher::Field field)
{
    switch (field) {
    case RecordCipher::Field::Metadata:
        return "meta";
    case RecordCipher::Field::Value:
        return "value";
    case RecordCipher::Field::Notes:
        return "notes";
    case RecordCipher::Field::Object:
        return "object";
    case RecordCipher::Field::Audit:
        return "audit";
    case RecordCipher::Field::Bundle:
        return "bundle";
    case RecordCipher::Field::History:
        return "history";
    }
    return "";
}

} // namespace

QString RecordCipher::fieldName(Field field)
{
    return QString::fromLatin1(fieldTag(field));
}

QByteArray RecordCipher::randomRecordId()
{
    QByteArray id(RecordIdBytes, Qt::Uninitialized);
    randombytes_buf(id.data(), RecordIdBytes);
    return id;
}

// "SV1-rec" || vault id || u8 len(record id) || record id || u64le version || field name
void RecordCipher::associatedData(const Binding& binding, AssociatedData& aad) const
{
    static constexpr char Prefix[] = "SV1-rec";
    aad.clear();
    aad.append(Prefix, sizeof Prefix - 1);
    aad.append(m_vaultId.constData(), m_vaultId.size());
    aad.append(static_cast<char>(binding.recordId.size()));
    aad.append(binding.recordId.constData(), binding.recordId.size());
    char version[8];
    qToLittleEndian<quint64>(binding.version, version);
    aad.append(version, 8);
    const char* field = fieldTag(binding.field);
    aad.append(field, static_cast<qsizetype>(std::strlen(field)));
}

QByteArray RecordCipher::seal(QByteArrayView plaintext, const Binding& binding) const
{
    AssociatedData aad;
    associatedData(binding, aad);
    QByteArray sealed(static_cast<qsizetype>(NonceBytes + TagBytes) + plaintext.size(),
                      Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(nonce, NonceBytes);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + NonceBytes, nullptr, reinterpret_cast<const unsigned char*>(plaintext.data()),
        static_cast<unsigned long long>(plaintext.size()),
        reinterpret_cast<const unsigned char*>(aad.constData()),
        static_cast<unsigned long long>(aad.size()), nullptr, nonce, m_keys.recordKey().data());
    return sealed;
}

bool RecordCipher::decryptInto(const QByteArray& sealed, const Binding& binding,
                               unsigned char* out) const
{
    AssociatedData aad;
    associatedData(binding, aad);
    const std::size_t cipherLen = static_cast<std::size_t>(sealed.size()) - NonceBytes;
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData());
    return crypto_aead_xchacha20poly1305_ietf_decrypt(
               out, nullptr, nullptr, nonce + NonceBytes, cipherLen,
               reinterpret_cast<const unsigned char*>(aad.constData()),
               static_cast<unsigned long long>(aad.size()), nonce, m_keys.recordKey().data()) == 0;
}

bool RecordCipher::open(const QByteArray& sealed, const Binding& binding, SecureBuffer& out) const
{
    out.clear();
    if (static_cast<std::size_t>(sealed.size()) < NonceBytes + TagBytes) {
        return false;
    }
    SecureBuffer plain(static_cast<std::size_t>(sealed.size()) - NonceBytes - TagBytes);
    if (!decryptInto(sealed, binding, plain.data())) {
        return false;
    }
    out = std::move(plain);
    return true;
}

bool RecordCipher::openUnguarded(const QByteArray& sealed, const Binding& binding,
                                 QByteArray& out) const
{
    out.clear();
    if (static_cast<std::size_t>(sealed.size()) < NonceBytes + TagBytes) {
        return false;
    }
    QByteArray plain(sealed.size() - static_cast<qsizetype>(NonceBytes + TagBytes),
                     Qt::Uninitialized);
    if (!decryptInto(sealed, binding, reinterpret_cast<unsigned char*>(plain.data()))) {
        return false;
    }
    out = std::move(plain);
    return true;
}

QByteArray RecordCipher::lookupTag(const QString& text) const
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray tag(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(tag.data()), 32,
                       reinterpret_cast<const unsigned char*>(utf8.constData()),
                       static_cast<unsigned long long>(utf8.size()), m_keys.indexKey().data(),
                       m_keys.indexKey().size());
    return tag;
}

} // namespace scopevault
