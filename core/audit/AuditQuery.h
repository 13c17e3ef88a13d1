#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace scopevault {

/// Filters of `audit list` / `audit export`, as storage sees them (actor and target as tags).
struct AuditQuery
{
    std::optional<qint64> sinceMs;
    std::optional<qint64> untilMs;
    std::optional<QString> action;
    std::optional<QString> outcome;
    std::optional<QByteArray> actorTag;
    std::optional<QByteArray> targetTag;
    int limit = 0; // 0: all
    bool newestFirst = false;
};

} // namespace scopevault
