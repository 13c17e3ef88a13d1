#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace scopevault {

/// One secret as stored: everything that says what it is or holds is sealed by RecordCipher.
/// Visible in the file: an opaque id, a keyed lookup tag, the version and two timestamps.
struct SecretRecord
{
    QByteArray id;       // 16 random bytes, part of every field's associated data
    QByteArray refTag;   // keyed BLAKE2b of the reference, for lookup and uniqueness
    quint64 version = 1; // bumped by every change of the value
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QByteArray metadata; // sealed: scope, name, description
    QByteArray value;    // sealed value; left empty by listings that do not need it
    QByteArray notes;    // sealed notes, or empty when there are none
    /// Set by a listing when the row differs from the vault's commitment: why (the row is
    /// then refused like one that fails authentication).
    QString damage;
    /// Set by a listing when the row equals its commitment leaf: its lookup tag and sealed
    /// metadata are then exactly as a key holder wrote them together.
    bool committed = false;
};

} // namespace scopevault
