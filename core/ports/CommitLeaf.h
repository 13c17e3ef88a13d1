#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace scopevault {

/// Which table a commitment leaf stands for.
enum class CommitKind : quint8
{
    Secret = 1,
    Object = 2,
    Bundle = 3,
    Receipt = 4,
    Version = 5,
};

/// One live record as the vault's commitment knows it: the key a command looks it up by (a
/// secret's or object's keyed tag, a bundle's id, a receipt's tag) and the digest of its row.
struct CommitLeaf
{
    CommitKind kind = CommitKind::Secret;
    QByteArray key;
    QByteArray digest;
};

} // namespace scopevault
