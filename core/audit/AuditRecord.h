#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace scopevault {

/// One audit event as stored and hash-chained. Action, outcome and time are in clear (they
/// are what filters use); actor, target and details are sealed, with keyed tags of actor and
/// target for filtering. Events written without the vault key (a failed unlock) carry an
/// unsealed payload naming only the OS user.
struct AuditRecord
{
    qint64 seq = 0;
    qint64 timeMs = 0;
    QString action;
    QString outcome;
    QByteArray actorTag;  // empty when written without the key
    QByteArray targetTag; // empty when there is no target or no key
    QByteArray payload;   // CBOR {actor, target, details}, sealed unless !sealed
    bool sealed = true;
    QByteArray prevHash;
    QByteArray hash;
};

} // namespace scopevault
