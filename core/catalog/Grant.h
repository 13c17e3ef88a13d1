#pragma once

#include "catalog/GrantTarget.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace scopevault {

/// Agent may read a target, optionally until a moment (inclusive).
struct Grant
{
    QString agent;
    GrantTarget target;
    std::optional<QDateTime> until;
    qint64 createdMs = 0;

    [[nodiscard]] bool isExpiredAt(const QDateTime& now) const { return until && now > *until; }
    /// The key that identifies a grant: one grant per agent and target.
    [[nodiscard]] QString key() const { return agent + QLatin1Char('>') + target.toString(); }
};

} // namespace scopevault
