#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace scopevault {

/// One version of a secret's value as stored in its history: the secret's record id and the
/// version number in clear; how, who and the keyed tag of the value sealed in `info`; the value
/// itself sealed exactly as it was while current (bound to the secret's id and this version).
struct VersionRecord
{
    QByteArray secretId;
    quint64 version = 1;
    qint64 changedMs = 0;
    QByteArray info;  // sealed (RecordCipher::Field::History)
    QByteArray value; // sealed value; empty while the secret holds it, or past retention
    /// Set by a listing when the row differs from the vault's commitment: why.
    QString damage;

    /// The key of its commitment leaf: the secret's id followed by the version, big-endian.
    [[nodiscard]] QByteArray commitKey() const
    {
        QByteArray key = secretId;
        for (int shift = 56; shift >= 0; shift -= 8) {
            key.append(static_cast<char>((version >> shift) & 0xff));
        }
        return key;
    }
};

} // namespace scopevault
