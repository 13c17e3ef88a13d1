#pragma once

#include "catalog/GrantTarget.h"

#include <QDate>

#include <optional>

namespace scopevault {

/// How often a secret must be rotated, or by when. Set on one secret, or on a scope (system,
/// a pack, an action) as the default its secrets inherit unless they have their own.
struct RotationPolicy
{
    GrantTarget target;           // a scope or one secret
    qint64 everySeconds = 0;      // 0: no interval
    qint64 warnSeconds = 0;       // how long before the due date a secret is "due"
    std::optional<QDate> expires; // the last day the value may be used

    /// The key that identifies a policy: one per target.
    [[nodiscard]] QString key() const { return target.toString(); }
};

} // namespace scopevault
