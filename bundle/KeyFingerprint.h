#pragma once

#include <string>
#include <string_view>

namespace scopevault {

/// The fingerprint of a public key (agent X25519 or vault Ed25519): the first 16 bytes of
/// BLAKE2b-256 of the key. Shown as colon-separated hex; stored raw in bundle headers.
class KeyFingerprint final
{
public:
    static constexpr int Bytes = 16;

    /// The raw fingerprint bytes of `publicKey` (raw key bytes).
    [[nodiscard]] static std::string of(std::string_view publicKey);
    /// Colon-separated hex of the fingerprint of `publicKey`.
    [[nodiscard]] static std::string text(std::string_view publicKey);
    /// Colon-separated hex of fingerprint bytes.
    [[nodiscard]] static std::string format(std::string_view fingerprint);
};

} // namespace scopevault
