#include "KeyFingerprint.h"

#include <sodium.h>

namespace scopevault {

QByteArray KeyFingerprint::of(QByteArrayView publicKey)
{
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(publicKey.data()),
                       static_cast<unsigned long long>(publicKey.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char*>(hash), Bytes);
}

QString KeyFingerprint::text(QByteArrayView publicKey)
{
    return format(of(publicKey));
}

QString KeyFingerprint::format(const QByteArray& fingerprint)
{
    return QString::fromLatin1(fingerprint.toHex(':'));
}

} // namespace scopevault
