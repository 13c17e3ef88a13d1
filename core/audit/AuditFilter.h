#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace scopevault {

/// What `audit list` / `audit export` select.
struct AuditFilter
{
    std::optional<QDateTime> since;
    std::optional<QDateTime> until;
    std::optional<QString> actor;
    std::optional<QString> action;
    std::optional<QString> target;
    std::optional<QString> outcome;
    int limit = 0; // 0: all
    bool newestFirst = false;
};

} // namespace scopevault
