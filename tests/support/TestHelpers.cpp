#include "TestHelpers.h"

#include "CryptoInit.h"

#include <QByteArray>

#include <sodium.h>

namespace scopevault::test {

ErrorCode codeOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const VaultError& error) {
        return error.code();
    }
    return ErrorCode(0);
}

QString newAgentPublicKey()
{
    CryptoInit::ensureInitialised();
    unsigned char publicKey[crypto_box_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_box_SECRETKEYBYTES];
    crypto_box_keypair(publicKey, secretKey);
    sodium_memzero(secretKey, sizeof secretKey);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(publicKey), sizeof publicKey).toBase64());
}

} // namespace scopevault::test
