#include "TestHelpers.h"

#include "CryptoInit.h"

#include <QByteArray>
#include <QProcess>

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

QByteArray runSqlite(const QString& path, const QString& sql)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {path, sql});
    if (!process.waitForFinished() || process.exitCode() != 0) {
        qFatal("sqlite3 failed: %s", process.readAllStandardError().constData());
    }
    return process.readAllStandardOutput().trimmed();
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
