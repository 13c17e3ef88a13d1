#include "text/Duration.h"

#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace scopevault {

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 Week = 7 * Day;
constexpr qint64 MaxSeconds = 100LL * 365 * Day;

} // namespace

qint64 Duration::parseSeconds(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^([0-9]{1,9})([smhdw])$"));
    const QRegularExpressionMatch match = form.match(text.trimmed());
    const auto refuse = [&] {
        return VaultError(ErrorCode::Usage,
                          QCoreApplication::translate("Duration",
                                                      "'%1' is not a duration; use a whole "
                                                      "number and s, m, h, d or w, e.g. 90s, 12h, "
                                                      "7d")
                              .arg(text));
    };
    if (!match.hasMatch()) {
        throw refuse();
    }
    const qint64 count = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0);
    const qint64 scale = unit == QLatin1Char('s')   ? 1
                         : unit == QLatin1Char('m') ? Minute
                         : unit == QLatin1Char('h') ? Hour
                         : unit == QLatin1Char('d') ? Day
                                                    : Week;
    if (count == 0 || count > MaxSeconds / scale) {
        throw refuse();
    }
    return count * scale;
}

QString Duration::format(qint64 seconds)
{
    for (const auto& [scale, unit] :
         {std::pair{Day, 'd'}, std::pair{Hour, 'h'}, std::pair{Minute, 'm'}}) {
        if (seconds >= scale && seconds % scale == 0) {
            return QString::number(seconds / scale) + QLatin1Char(unit);
        }
    }
    return QString::number(seconds) + QLatin1Char('s');
}

} // namespace scopevault
