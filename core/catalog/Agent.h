#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace scopevault {

/// An identity that consumes secrets. Its private key never enters the vault.
struct Agent
{
    enum class Status
    {
        Active,
        Suspended,
        Revoked, // final
    };

    QString name;
    QByteArray publicKey; // X25519, 32 bytes
    Status status = Status::Active;
    QString description;
    qint64 createdMs = 0;

    [[nodiscard]] static QString statusName(Status status);
    /// The status machine: active <-> suspended, either -> revoked, revoked is final. False
    /// for staying where it is.
    [[nodiscard]] static bool canChange(Status from, Status to);
    [[nodiscard]] static bool parseStatus(const QString& text, Status& status);
    /// True for [A-Za-z0-9][A-Za-z0-9_.-]*, at most 64 characters.
    [[nodiscard]] static bool isValidName(const QString& name);
    /// BLAKE2b-256 of the public key, hex, first 16 bytes: what admins compare out of band.
    [[nodiscard]] QString fingerprint() const;
};

} // namespace scopevault
