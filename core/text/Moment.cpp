#include "text/Moment.h"

#include "vault/VaultError.h"

#include <QCoreApplication>

namespace scopevault {

QDateTime Moment::parse(const QString& text, DayEdge edge)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        return edge == DayEdge::End ? QDateTime(date, QTime(23, 59, 59, 999), Qt::UTC)
                                    : QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!moment.isValid()) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate(
                             "Moment", "'%1' is not a date (YYYY-MM-DD) or an ISO 8601 date-time")
                             .arg(text));
    }
    return moment.toUTC();
}

} // namespace scopevault
