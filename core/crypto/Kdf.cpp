#include "crypto/Kdf.h"

#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sodium.h>

#include <algorithm>
#include <cmath>

namespace scopevault {

SecureBuffer Kdf::derive(const SecureBuffer& passphrase, const QByteArray& salt,
                         const KdfParams& params)
{
    params.validate();
    if (salt.size() != SaltBytes) {
        throw VaultError(ErrorCode::Integrity,
                         QCoreApplication::translate("Kdf", "KDF salt has %1 bytes, expected %2")
                             .arg(salt.size())
                             .arg(SaltBytes));
    }
    SecureBuffer key(KeyBytes);
    const char* pass = passphrase.isEmpty() ? "" : reinterpret_cast<const char*>(passphrase.data());
    if (crypto_pwhash(key.data(), key.size(), pass, passphrase.size(),
                      reinterpret_cast<const unsigned char*>(salt.constData()), params.opsLimit,
                      static_cast<std::size_t>(params.memLimitBytes),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw VaultError(ErrorCode::Other,
                         QCoreApplication::translate("Kdf", "key derivation ran out of memory (%1)")
                             .arg(params.describe()));
    }
    return key;
}

KdfParams Kdf::calibrate(int targetMs)
{
    // Argon2 time grows linearly with passes; time one pass at 256 MiB and scale.
    KdfParams probe{1, 256ULL * 1024 * 1024};
    SecureBuffer pass = SecureBuffer::copyOf("calibration");
    QElapsedTimer timer;
    timer.start();
    (void)derive(pass, randomSalt(), probe);
    const double perPassMs = std::max<qint64>(1, timer.elapsed());
    const auto ops = static_cast<std::uint64_t>(std::lround(targetMs / perPassMs));
    probe.opsLimit = std::clamp<std::uint64_t>(ops, 1, 64);
    return probe;
}

QByteArray Kdf::randomSalt()
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<std::size_t>(salt.size()));
    return salt;
}

} // namespace scopevault
