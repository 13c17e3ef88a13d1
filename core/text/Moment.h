#pragma once

#include <QDateTime>
#include <QString>

namespace scopevault {

/// Points in time as people type them: a date (YYYY-MM-DD, the whole day in UTC) or an
/// ISO 8601 date-time. The one parser for grant expiries and audit filters.
class Moment final
{
public:
    /// Which end of a day a bare date stands for.
    enum class DayEdge
    {
        Start, // 00:00:00.000 UTC: "since"
        End,   // 23:59:59.999 UTC: "until", expiry dates
    };

    /// UTC. Throws VaultError(Usage) naming the text and the accepted forms.
    [[nodiscard]] static QDateTime parse(const QString& text, DayEdge edge);
};

} // namespace scopevault
