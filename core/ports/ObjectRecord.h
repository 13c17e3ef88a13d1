#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace scopevault {

/// A pack, action, agent or grant as stored: which kind it is and its key are inside the
/// sealed payload; only a keyed lookup tag is visible.
struct ObjectRecord
{
    QByteArray id;
    QByteArray tag;
    quint64 version = 1;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QByteArray payload; // sealed CBOR (CatalogCodec)
};

} // namespace scopevault
