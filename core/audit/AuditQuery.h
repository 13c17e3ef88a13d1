#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace scopevault {

/// Filters of `audit list` / `audit export`, as storage sees them (actor and target as tags).
struct AuditQuery
{
    std::optional<qint64> sinceMs;
    std::optional<qint64> untilMs;
    /// Any of these actions (empty: all).
    QStringList actions;
    std::optional<QString> outcome;
    /// Any of these actors' tags (empty: all).
    QList<QByteArray> actorTags;
    std::optional<QByteArray> targetTag;
    int limit = 0; // 0: all
    bool newestFirst = false;
    std::optional<qint64> beforeSeq;
};

} // namespace scopevault
