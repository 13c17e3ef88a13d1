#include "BundleOpener.h"

#include "AgentError.h"
#include "BundleError.h"
#include "KeyFingerprint.h"
#include "Text.h"

#include <sodium.h>

namespace scopevault {

BundleHeader BundleOpener::inspect(std::string_view file, const std::string& source)
{
    return BundleHeader::parse(file, source);
}

std::string BundleOpener::parseVaultKey(std::string_view base64)
{
    const std::string text = Text::trimmed(base64);
    std::string key(crypto_sign_PUBLICKEYBYTES, '\0');
    std::size_t decoded = 0;
    const char* end = nullptr;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(key.data()), key.size(), text.data(),
                          text.size(), nullptr, &decoded, &end,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        decoded != crypto_sign_PUBLICKEYBYTES || end != text.data() + text.size()) {
        throw AgentError(ErrorCode::Usage, "the vault key must be the base64 text "
                                           "'scopevault-cli vault-key' prints (32 bytes)");
    }
    return key;
}

OpenedBundle BundleOpener::open(std::string_view file, const std::string& source,
                                const AgentIdentity& identity,
                                std::string_view vaultPublicKey) const
{
    using Reason = BundleError::Reason;
    OpenedBundle result{BundleHeader::parse(file, source), {}};
    const BundleHeader& header = result.header;

    if (header.vaultKeyFingerprint != KeyFingerprint::of(vaultPublicKey)) {
        throw BundleError(Reason::UnknownVaultKey,
                          Text::format("%s is signed by vault key %s, not by the pinned vault "
                                       "key %s",
                                       {source, KeyFingerprint::format(header.vaultKeyFingerprint),
                                        KeyFingerprint::text(vaultPublicKey)}));
    }
    const std::size_t signedBytes = file.size() - BundleHeader::SignatureBytes;
    const auto* bytes = reinterpret_cast<const unsigned char*>(file.data());
    if (vaultPublicKey.size() != crypto_sign_PUBLICKEYBYTES ||
        crypto_sign_verify_detached(
            bytes + signedBytes, bytes, signedBytes,
            reinterpret_cast<const unsigned char*>(vaultPublicKey.data())) != 0) {
        throw BundleError(Reason::BadSignature,
                          Text::format("the vault's signature on %s does not verify: the file "
                                       "was altered or damaged",
                                       {source}));
    }
    if (header.agentKeyFingerprint != KeyFingerprint::of(identity.publicKey())) {
        throw BundleError(
            Reason::WrongIdentity,
            Text::format("%s was made for agent '%s' (key %s); this identity's key is %s",
                         {source, header.agent, KeyFingerprint::format(header.agentKeyFingerprint),
                          identity.fingerprint()}));
    }
    if (m_nowMs > header.expiresMs) {
        throw BundleError(
            Reason::Expired,
            Text::format("%s expired at %s (now %s); ask the admin for a new bundle",
                         {source, Text::isoTime(header.expiresMs), Text::isoTime(m_nowMs)}));
    }
    if (header.createdMs > m_nowMs + ClockSkewMs) {
        throw BundleError(
            Reason::Expired,
            Text::format("%s was created at %s, in the future (now %s); check "
                         "this host's clock",
                         {source, Text::isoTime(header.createdMs), Text::isoTime(m_nowMs)}));
    }

    SecureBuffer fileKey(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_box_seal_open(fileKey.data(),
                             reinterpret_cast<const unsigned char*>(header.sealedFileKey.data()),
                             header.sealedFileKey.size(),
                             reinterpret_cast<const unsigned char*>(identity.publicKey().data()),
                             identity.secretKey().data()) != 0) {
        throw BundleError(
            Reason::WrongIdentity,
            Text::format("the file key of %s does not open with this identity", {source}));
    }
    const std::size_t headerBytes = signedBytes - header.ciphertextBytes;
    SecureBuffer plaintext(header.ciphertextBytes - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long plainBytes = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            plaintext.data(), &plainBytes, nullptr, bytes + headerBytes, header.ciphertextBytes,
            bytes, headerBytes, reinterpret_cast<const unsigned char*>(header.nonce.data()),
            fileKey.data()) != 0) {
        throw BundleError(Reason::Damaged,
                          Text::format("the payload of %s does not decrypt", {source}));
    }
    result.payload = BundlePayload::parse(std::move(plaintext), source);
    return result;
}

} // namespace scopevault
