#pragma once

#include "catalog/RotationPolicy.h"
#include "rotation/RotationStatus.h"
#include "secrets/SecretRef.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace scopevault {

/// One secret on the rotation schedule.
struct RotationItem
{
    SecretRef ref;
    quint64 version = 1;
    RotationPolicy policy;
    /// The scope the policy comes from, when the secret has none of its own.
    std::optional<Scope> inheritedFrom;
    QDateTime lastChanged;
    QDateTime due;
    RotationStatus status = RotationStatus::Ok;
    /// Unexpired issued bundles that hold an older version of this secret.
    int staleBundles = 0;
};

/// What `rotation list` asks for.
struct RotationFilter
{
    std::optional<qint64> dueWithinSeconds; // due (or late) within this long from now
    std::optional<RotationStatus> status;
};

} // namespace scopevault
