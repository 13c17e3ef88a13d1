#include "keychain/KeychainNames.h"

namespace scopevault {

namespace {

QString prefix(const QByteArray& vaultId)
{
    return QStringLiteral("vault/") + QString::fromLatin1(vaultId.toHex());
}

} // namespace

QString KeychainNames::quickUnlock(const QByteArray& vaultId)
{
    return prefix(vaultId) + QStringLiteral("/quick-unlock");
}

QString KeychainNames::anchor(const QByteArray& vaultId)
{
    return prefix(vaultId) + QStringLiteral("/anchor");
}

QString KeychainNames::value(const QByteArray& vaultId, const QByteArray& recordId,
                             const QByteArray& digest)
{
    return prefix(vaultId) + QStringLiteral("/secret/") + QString::fromLatin1(recordId.toHex()) +
           QLatin1Char('/') + QString::fromLatin1(digest.left(8).toHex());
}

} // namespace scopevault
