#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace scopevault {

/// A signed statement "the log had this hash at this sequence number".
struct AuditCheckpoint
{
    qint64 seq = 0;
    qint64 timeMs = 0;
    QByteArray hash;      // the hash of event `seq`
    QByteArray signature; // Ed25519 over AuditChain::checkpointMessage
};

} // namespace scopevault
