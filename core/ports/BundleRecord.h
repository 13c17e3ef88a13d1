#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace scopevault {

/// An issued bundle as the vault stores it: the bundle id (also in the file's clear header),
/// its validity period, and a sealed payload naming the agent, actions and secret versions.
struct BundleRecord
{
    QByteArray id;
    qint64 createdMs = 0;
    qint64 expiresMs = 0;
    QByteArray payload; // sealed CBOR (IssuedBundle)
};

} // namespace scopevault
