#pragma once

#include "bundles/IssuedBundle.h"

#include <QStringList>

namespace scopevault {

/// An issued bundle as it stands now: expired or valid, and which of the secrets it carries
/// were changed (rotated, set, rolled back) or removed since it was issued.
struct BundleStatus
{
    IssuedBundle bundle;
    bool expired = false;
    QStringList changedSince; // references, sorted

    [[nodiscard]] bool isStale() const { return !changedSince.isEmpty(); }
};

} // namespace scopevault
