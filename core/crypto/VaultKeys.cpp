#include "crypto/VaultKeys.h"

#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <sodium.h>

namespace scopevault {

namespace {

// crypto_kdf contexts are exactly 8 bytes; subkey ids are fixed forever for a format version.
constexpr char KdfContext[crypto_kdf_CONTEXTBYTES + 1] = "SVvault1";
enum SubkeyId : std::uint64_t
{
    RecordSubkey = 1,
    IndexSubkey = 2,
    SigningSeedSubkey = 3,
    ValueTagSubkey = 4,
    CommitSubkey = 5,
    AuditChainSubkey = 6,
};

SecureBuffer deriveSubkey(const SecureBuffer& vaultKey, SubkeyId id)
{
    SecureBuffer subkey(VaultKeys::KeyBytes);
    crypto_kdf_derive_from_key(subkey.data(), subkey.size(), id, KdfContext, vaultKey.data());
    return subkey;
}

constexpr std::size_t NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t TagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

} // namespace

VaultKeys::VaultKeys(SecureBuffer vaultKey)
    : m_vaultKey(std::move(vaultKey))
    , m_recordKey(deriveSubkey(m_vaultKey, RecordSubkey))
    , m_indexKey(deriveSubkey(m_vaultKey, IndexSubkey))
    , m_valueTagKey(deriveSubkey(m_vaultKey, ValueTagSubkey))
    , m_commitKey(deriveSubkey(m_vaultKey, CommitSubkey))
    , m_auditChainKey(deriveSubkey(m_vaultKey, AuditChainSubkey))
    , m_signingSecretKey(crypto_sign_SECRETKEYBYTES)
    , m_signingPublicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized)
{
    const SecureBuffer seed = deriveSubkey(m_vaultKey, SigningSeedSubkey);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(m_signingPublicKey.data()),
                             m_signingSecretKey.data(), seed.data());
}

VaultKeys VaultKeys::generate()
{
    SecureBuffer key(KeyBytes);
    crypto_aead_xchacha20poly1305_ietf_keygen(key.data());
    return VaultKeys(std::move(key));
}

QByteArray VaultKeys::wrapAad(const VaultHeader& header)
{
    QByteArray aad;
    QDataStream out(&aad, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("SV1-wrap", 8);
    out << qint32(header.formatVersion) << quint64(header.kdf.opsLimit)
        << quint64(header.kdf.memLimitBytes) << qint64(header.createdMs);
    out.writeRawData(header.vaultId.constData(), static_cast<int>(header.vaultId.size()));
    out.writeRawData(header.salt.constData(), static_cast<int>(header.salt.size()));
    return aad;
}

QByteArray VaultKeys::headerDigest(const VaultHeader& header)
{
    QByteArray input = wrapAad(header);
    input.append(header.wrappedKey);
    QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()),
                       static_cast<std::size_t>(digest.size()),
                       reinterpret_cast<const unsigned char*>(input.constData()),
                       static_cast<unsigned long long>(input.size()), nullptr, 0);
    return digest;
}

QByteArray VaultKeys::wrap(const SecureBuffer& kek, const VaultHeader& header) const
{
    return wrapUnder(kek, wrapAad(header));
}

QByteArray VaultKeys::wrapUnder(const SecureBuffer& key, QByteArrayView aad) const
{
    QByteArray sealed(static_cast<qsizetype>(NonceBytes + KeyBytes + TagBytes), Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(nonce, NonceBytes);
    unsigned long long sealedLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + NonceBytes, &sealedLen, m_vaultKey.data(), m_vaultKey.size(),
        reinterpret_cast<const unsigned char*>(aad.data()),
        static_cast<unsigned long long>(aad.size()), nullptr, nonce, key.data());
    return sealed;
}

VaultKeys VaultKeys::unwrap(const SecureBuffer& kek, const VaultHeader& header)
{
    std::optional<VaultKeys> keys = unwrapFrom(kek, header.wrappedKey, wrapAad(header));
    if (!keys) {
        throw VaultError(ErrorCode::WrongPassphrase,
                         QCoreApplication::translate("VaultKeys",
                                                     "wrong passphrase (or the vault header "
                                                     "was altered)"));
    }
    return std::move(*keys);
}

std::optional<VaultKeys> VaultKeys::unwrapFrom(const SecureBuffer& key, const QByteArray& wrapped,
                                               QByteArrayView aad)
{
    const auto expected = static_cast<qsizetype>(NonceBytes + KeyBytes + TagBytes);
    SecureBuffer vaultKey(KeyBytes);
    const auto* nonce = reinterpret_cast<const unsigned char*>(wrapped.constData());
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES || wrapped.size() != expected ||
        crypto_aead_xchacha20poly1305_ietf_decrypt(
            vaultKey.data(), nullptr, nullptr, nonce + NonceBytes, KeyBytes + TagBytes,
            reinterpret_cast<const unsigned char*>(aad.data()),
            static_cast<unsigned long long>(aad.size()), nonce, key.data()) != 0) {
        return std::nullopt;
    }
    return VaultKeys(std::move(vaultKey));
}

} // namespace scopevault
