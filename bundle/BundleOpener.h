#pragma once

#include "AgentIdentity.h"
#include "BundleHeader.h"
#include "OpenedBundle.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace scopevault {

/// Checks and decrypts bundle files on the agent's host, in the order the format specifies
/// (docs/BUNDLE-FORMAT.md, "Opening"): structure, version, pinned vault key, signature,
/// recipient, validity period, then decryption. Every refusal throws BundleError before any
/// secret is produced.
class BundleOpener final
{
public:
    /// How far in the future a bundle's creation time may lie (clocks differ).
    static constexpr std::int64_t ClockSkewMs = 5LL * 60 * 1000;

    /// `nowMs` (milliseconds since the epoch) is the time expiry is checked against; tests
    /// pass any time they like.
    explicit BundleOpener(std::int64_t nowMs)
        : m_nowMs(nowMs)
    {}

    /// Header fields only; no key needed, nothing verified beyond the structure.
    [[nodiscard]] static BundleHeader inspect(std::string_view file, const std::string& source);
    /// Decodes a pinned vault key: base64 of the 32-byte Ed25519 public key. Throws
    /// AgentError(Usage).
    [[nodiscard]] static std::string parseVaultKey(std::string_view base64);

    [[nodiscard]] OpenedBundle open(std::string_view file, const std::string& source,
                                    const AgentIdentity& identity,
                                    std::string_view vaultPublicKey) const;

private:
    std::int64_t m_nowMs;
};

} // namespace scopevault
