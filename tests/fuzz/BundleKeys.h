#pragma once

// Fixed keys for the bundle fuzz targets, so that the seed files in the corpus (written with
// SCOPEVAULT_FUZZ_SEEDS=DIR) are sealed to the identity and signed by the vault key the
// targets pin: a mutated seed reaches as far as its bytes allow.
#include "AgentIdentity.h"
#include "SecureBuffer.h"

#include <cstdint>
#include <string>

namespace scopevault::fuzz {

struct BundleKeys
{
    AgentIdentity identity;
    SecureBuffer signingSecret;
    std::string signingPublic;
    /// When the seeds were made; the targets open bundles as of this time.
    static constexpr std::int64_t NowMs = 1796400000000;

    [[nodiscard]] static const BundleKeys& get();
    /// A valid bundle holding `payload`.
    [[nodiscard]] std::string seal(const SecureBuffer& payload) const;
    /// A realistic payload: two actions, three secrets.
    [[nodiscard]] static SecureBuffer samplePayload();
};

} // namespace scopevault::fuzz
