#pragma once

#include "SecureBuffer.h"
#include "crypto/KdfParams.h"

#include <QByteArray>

namespace scopevault {

/// Argon2id key derivation (libsodium crypto_pwhash, ALG_ARGON2ID13).
class Kdf final
{
public:
    static constexpr int SaltBytes = 16;
    static constexpr int KeyBytes = 32;

    /// Derives a 256-bit key from a passphrase. Throws VaultError on out-of-memory.
    [[nodiscard]] static SecureBuffer derive(const SecureBuffer& passphrase, const QByteArray& salt,
                                             const KdfParams& params);
    /// Picks the ops limit at 256 MiB so that one derivation takes about targetMs.
    [[nodiscard]] static KdfParams calibrate(int targetMs);
    [[nodiscard]] static QByteArray randomSalt();
};

} // namespace scopevault
