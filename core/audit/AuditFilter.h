#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace scopevault {

/// What `audit list` / `audit export` / `audit stats` select. An actor without a colon is a
/// bare name: it matches the agent and the admin of that name (`screener` finds
/// `agent:screener`).
struct AuditFilter
{
    std::optional<QDateTime> since;
    std::optional<QDateTime> until;
    std::optional<QString> actor;
    std::optional<QString> action;
    /// An AuditKinds name ("reads", ...): the actions of that group.
    std::optional<QString> kind;
    std::optional<QString> target;
    std::optional<QString> outcome;
    int limit = 0; // 0: all
    bool newestFirst = false;
    /// Only events before this sequence number (paging newest first).
    std::optional<qint64> beforeSeq;
};

} // namespace scopevault
