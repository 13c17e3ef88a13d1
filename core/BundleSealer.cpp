#include "BundleSealer.h"

#include "KeyFingerprint.h"

#include <sodium.h>

#include <stdexcept>

namespace scopevault {

QByteArray BundleSealer::seal(BundleHeader header, const SecureBuffer& payload,
                              const QByteArray& agentPublicKey,
                              const SecureBuffer& vaultSigningSecretKey,
                              const QByteArray& vaultSigningPublicKey)
{
    static_assert(BundleHeader::SealedKeyBytes ==
                  crypto_box_SEALBYTES + crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    static_assert(BundleHeader::NonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    static_assert(BundleHeader::SignatureBytes == crypto_sign_BYTES);
    if (agentPublicKey.size() != crypto_box_PUBLICKEYBYTES ||
        vaultSigningSecretKey.size() != crypto_sign_SECRETKEYBYTES) {
        throw std::invalid_argument("BundleSealer: key sizes");
    }

    SecureBuffer fileKey(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    crypto_aead_xchacha20poly1305_ietf_keygen(fileKey.data());
    header.sealedFileKey = QByteArray(BundleHeader::SealedKeyBytes, Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(header.sealedFileKey.data()),
                        fileKey.data(), fileKey.size(),
                        reinterpret_cast<const unsigned char*>(agentPublicKey.constData())) != 0) {
        throw std::runtime_error("crypto_box_seal failed");
    }
    header.nonce = QByteArray(BundleHeader::NonceBytes, Qt::Uninitialized);
    randombytes_buf(header.nonce.data(), static_cast<std::size_t>(header.nonce.size()));
    header.vaultKeyFingerprint = KeyFingerprint::of(vaultSigningPublicKey);
    header.agentKeyFingerprint = KeyFingerprint::of(agentPublicKey);
    header.version = BundleHeader::CurrentVersion;
    header.flags = 0;
    header.ciphertextBytes =
        static_cast<quint32>(payload.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);

    const QByteArray ad = header.encode();
    QByteArray file(static_cast<qsizetype>(header.fileSize()), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(file.data());
    std::copy(ad.cbegin(), ad.cend(), file.begin());
    unsigned long long cipherBytes = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        out + ad.size(), &cipherBytes, payload.data(), payload.size(),
        reinterpret_cast<const unsigned char*>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(header.nonce.constData()), fileKey.data());
    const std::size_t signedBytes = static_cast<std::size_t>(ad.size()) + cipherBytes;
    crypto_sign_detached(out + signedBytes, nullptr, out, signedBytes,
                         vaultSigningSecretKey.data());
    return file;
}

} // namespace scopevault
