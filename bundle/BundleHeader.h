#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace scopevault {

/// The clear part of a bundle file (docs/BUNDLE-FORMAT.md, "Header"): readable without any
/// key, authenticated as the AEAD's associated data and by the vault's signature. Byte fields
/// hold raw bytes; `agent` is UTF-8.
struct BundleHeader
{
    static constexpr std::string_view Magic = "SVBUNDLE";
    static constexpr std::uint16_t CurrentVersion = 1;
    static constexpr int IdBytes = 16;
    static constexpr int FingerprintBytes = 16;
    static constexpr int SealedKeyBytes = 80; // crypto_box_SEALBYTES + 32
    static constexpr int NonceBytes = 24;     // XChaCha20-Poly1305
    static constexpr int FixedBytes = 185;    // everything before the agent name
    static constexpr int SignatureBytes = 64; // Ed25519, at the end of the file
    static constexpr std::uint32_t MaxCiphertextBytes = 64u << 20;
    static constexpr std::size_t MaxFileBytes =
        FixedBytes + 255 + MaxCiphertextBytes + SignatureBytes;

    std::uint16_t version = CurrentVersion;
    std::uint16_t flags = 0;
    std::string bundleId;
    std::int64_t createdMs = 0;
    std::int64_t expiresMs = 0;
    std::string vaultKeyFingerprint;
    std::string agentKeyFingerprint;
    std::string sealedFileKey;
    std::string nonce;
    std::uint32_t ciphertextBytes = 0;
    std::string agent;

    /// The header's bytes, exactly as they appear at the start of the file.
    [[nodiscard]] std::string encode() const;
    /// Size of the whole file this header describes.
    [[nodiscard]] std::size_t fileSize() const;
    /// Parses the header of a whole bundle file and checks that the file's size is exactly
    /// what the header says. Throws BundleError (Damaged, UnsupportedVersion) naming `source`.
    [[nodiscard]] static BundleHeader parse(std::string_view file, const std::string& source);
    /// The bundle id as 32 lowercase hex digits.
    [[nodiscard]] std::string idText() const;
};

} // namespace scopevault
