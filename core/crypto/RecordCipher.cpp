#include "crypto/RecordCipher.h"

#include "crypto/VaultKeys.h"

#include <QtEndian>

#include <sodium.h>

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

QString RecordCipher::fieldName(Field field)
{
    switch (field) {
    case Field::Metadata:
        return QStringLiteral("meta");
    case Field::Value:
        return QStringLiteral("value");
    case Field::Notes:
        return QStringLiteral("notes");
    case Field::Object:
        return QStringLiteral("object");
    case Field::Audit:
        return QStringLiteral("audit");
    case Field::Bundle:
        return QStringLiteral("bundle");
    case Field::History:
        return QStringLiteral("history");
    }
    return {};
}

QByteArray RecordCipher::randomRecordId()
{
    QByteArray id(RecordIdBytes, Qt::Uninitialized);
    randombytes_buf(id.data(), RecordIdBytes);
    return id;
}

// "SV1-rec" || vault id || u8 len(record id) || record id || u64le version || field name
QByteArray RecordCipher::associatedData(const Binding& binding) const
{
    QByteArray aad("SV1-rec");
    aad += m_vaultId;
    aad += static_cast<char>(binding.recordId.size());
    aad += binding.recordId;
    char version[8];
    qToLittleEndian<quint64>(binding.version, version);
    aad.append(version, 8);
    aad += fieldName(binding.field).toLatin1();
    return aad;
}

QByteArray RecordCipher::seal(QByteArrayView plaintext, const Binding& binding) const
{
    const QByteArray aad = associatedData(binding);
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
    const QByteArray aad = associatedData(binding);
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
