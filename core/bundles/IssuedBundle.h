#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace scopevault {

/// The vault's record of a bundle it issued: to whom, for which actions, which secret
/// versions, valid when. Values are never part of it.
struct IssuedBundle
{
    struct Secret
    {
        QString reference;
        QString name;
        quint64 version = 1;
    };

    QByteArray id;
    QString agent;
    QString agentFingerprint;
    qint64 createdMs = 0;
    qint64 expiresMs = 0;
    QStringList actions;
    QList<Secret> secrets;
    QString file; // where the admin wrote it

    [[nodiscard]] QString idText() const { return QString::fromLatin1(id.toHex()); }
    [[nodiscard]] bool isExpiredAt(const QDateTime& now) const
    {
        return now.toMSecsSinceEpoch() > expiresMs;
    }
    [[nodiscard]] QStringList secretNames() const;

    /// CBOR of everything but id and times (those are columns of the registry).
    [[nodiscard]] QByteArray encode() const;
    [[nodiscard]] static std::optional<IssuedBundle>
    decode(const QByteArray& cbor, const QByteArray& id, qint64 createdMs, qint64 expiresMs);
};

} // namespace scopevault
