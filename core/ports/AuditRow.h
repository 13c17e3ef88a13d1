#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace scopevault {

/// A stored audit record seen without copying, valid only during the callback that gets it
/// (verification walks millions of these).
struct AuditRow
{
    qint64 seq = 0;
    qint64 timeMs = 0;
    QByteArrayView action;
    QByteArrayView outcome;
    QByteArrayView actorTag;
    QByteArrayView targetTag;
    QByteArrayView payload;
    bool sealed = true;
    QByteArrayView prevHash;
    QByteArrayView hash;
};

} // namespace scopevault
