#pragma once

#include "catalog/Scope.h"

#include <QList>
#include <QString>

#include <optional>

namespace scopevault {

/// One export: for which agent, which actions (none: every granted action), how long it is
/// valid (none: the vault's default) and where to write it.
struct BundleRequest
{
    QString agent;
    QList<Scope> actions;
    std::optional<qint64> lifetimeSeconds;
    QString outPath;        // empty: build and register, but write no file (benchmarks)
    bool overwrite = false; // replace an existing file at outPath
};

} // namespace scopevault
