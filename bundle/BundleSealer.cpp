#include "BundleSealer.h"

#include "KeyFingerprint.h"

#include <sodium.h>

#include <algorithm>
#include <stdexcept>

namespace scopevault {

std::string BundleSealer::seal(BundleHeader header, const SecureBuffer& payload,
                               std::string_view agentPublicKey,
                               const SecureBuffer& vaultSigningSecretKey,
                               std::string_view vaultSigningPublicKey)
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
    header.sealedFileKey = std::string(BundleHeader::SealedKeyBytes, '\0');
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(header.sealedFileKey.data()),
                        fileKey.data(), fileKey.size(),
                        reinterpret_cast<const unsigned char*>(agentPublicKey.data())) != 0) {
        throw std::runtime_error("crypto_box_seal failed");
    }
    header.nonce = std::string(BundleHeader::NonceBytes, '\0');
    randombytes_buf(header.nonce.data(), header.nonce.size());
    header.vaultKeyFingerprint = KeyFingerprint::of(vaultSigningPublicKey);
    header.agentKeyFingerprint = KeyFingerprint::of(agentPublicKey);
    header.version = BundleHeader::CurrentVersion;
    header.flags = 0;
    header.ciphertextBytes =
        static_cast<std::uint32_t>(payload.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);

    const std::string ad = header.encode();
    std::string file(header.fileSize(), '\0');
    auto* out = reinterpret_cast<unsigned char*>(file.data());
    std::copy(ad.cbegin(), ad.cend(), file.begin());
    unsigned long long cipherBytes = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        out + ad.size(), &cipherBytes, payload.data(), payload.size(),
        reinterpret_cast<const unsigned char*>(ad.data()), ad.size(), nullptr,
        reinterpret_cast<const unsigned char*>(header.nonce.data()), fileKey.data());
    const std::size_t signedBytes = ad.size() + cipherBytes;
    crypto_sign_detached(out + signedBytes, nullptr, out, signedBytes,
                         vaultSigningSecretKey.data());
    return file;
}

} // namespace scopevault
