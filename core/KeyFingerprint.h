#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace scopevault {

/// The fingerprint of a public key (agent X25519 or vault Ed25519): the first 16 bytes of
/// BLAKE2b-256 of the key. Shown as colon-separated hex; stored raw in bundle headers.
class KeyFingerprint final
{
public:
    static constexpr int Bytes = 16;

    [[nodiscard]] static QByteArray of(QByteArrayView publicKey);
    [[nodiscard]] static QString text(QByteArrayView publicKey);
    /// Colon-separated hex of fingerprint bytes.
    [[nodiscard]] static QString format(const QByteArray& fingerprint);
};

} // namespace scopevault
