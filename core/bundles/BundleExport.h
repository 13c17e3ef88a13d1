#pragma once

#include "bundles/IssuedBundle.h"

#include <QByteArray>
#include <QStringList>

namespace scopevault {

/// An exported bundle: what the vault registered, the warnings (optional secrets left out)
/// and the file's bytes.
struct BundleExport
{
    IssuedBundle bundle;
    QStringList warnings;
    QByteArray file;
};

} // namespace scopevault
