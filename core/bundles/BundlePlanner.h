#pragma once

#include "bundles/BundlePlan.h"
#include "catalog/Catalog.h"
#include "secrets/SecretIndex.h"

#include <QDateTime>

namespace scopevault {

/// Applies the grant rules to an export request (docs/USER-GUIDE.md, "Bundles"): for each
/// action, its declared secrets resolved system -> pack -> action, delivered when a live
/// grant covers the action or exactly that secret. Missing or ungranted required secrets are
/// problems; optional ones are warnings and are left out.
class BundlePlanner final
{
public:
    /// `requested` empty: every action a live grant covers.
    [[nodiscard]] static BundlePlan plan(const Catalog& catalog, const SecretIndex& index,
                                         const QString& agent, const QList<Scope>& requested,
                                         const QDateTime& now);
};

} // namespace scopevault
