#pragma once

#include "BundleHeader.h"
#include "SecureBuffer.h"

#include <string>
#include <string_view>

namespace scopevault {

/// Writes bundle files (docs/BUNDLE-FORMAT.md): a random file key sealed to the agent's
/// X25519 key, the payload under XChaCha20-Poly1305 with the header as associated data, and
/// the vault's Ed25519 signature over everything before it.
class BundleSealer final
{
public:
    /// `header` supplies id, times and agent name; the sealer fills in fingerprints, sealed
    /// key, nonce and length. Keys are raw bytes. Returns the complete file.
    [[nodiscard]] static std::string seal(BundleHeader header, const SecureBuffer& payload,
                                          std::string_view agentPublicKey,
                                          const SecureBuffer& vaultSigningSecretKey,
                                          std::string_view vaultSigningPublicKey);
};

} // namespace scopevault
