#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace scopevault {

/// An audit event as shown to people: decrypted, never holding a value.
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime time;
    QString actor;
    QString action;
    QString target;
    QString outcome;
    QJsonObject details;
    bool readable = true; // false when the sealed part did not open (see audit verify)
    QByteArray hash;      // the event's chain hash, as stored
};

} // namespace scopevault
