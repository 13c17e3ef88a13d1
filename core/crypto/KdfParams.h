#pragma once

#include <QString>

#include <cstdint>

namespace scopevault {

/// Argon2id (crypto_pwhash_ALG_ARGON2ID13) cost parameters, as stored in the vault header.
struct KdfParams
{
    std::uint64_t opsLimit = 3;
    std::uint64_t memLimitBytes = 256ULL * 1024 * 1024;

    /// Parses a preset: "interactive" (ops 2, 64 MiB), "moderate" (ops 3, 256 MiB),
    /// "sensitive" (ops 4, 1 GiB), "calibrate:MS" (ops measured so that one derivation at
    /// 256 MiB takes about MS milliseconds) or "custom:OPS,MIB" for experts.
    /// Throws VaultError(Usage) naming the bad part.
    static KdfParams fromPreset(const QString& preset);
    static KdfParams moderate() { return {}; }

    /// Throws VaultError(Integrity) when the values are outside what libsodium accepts
    /// (a header read from disk must pass this before any derivation is attempted).
    void validate() const;
    [[nodiscard]] QString describe() const;
    [[nodiscard]] bool operator==(const KdfParams& other) const
    {
        return opsLimit == other.opsLimit && memLimitBytes == other.memLimitBytes;
    }
};

} // namespace scopevault
