#include "rotation/RotationScheduleModel.h"

#include "rotation/RotationColors.h"

#include <QGuiApplication>
#include <QLocale>

namespace scopevault {

namespace {

constexpr qint64 DaySeconds = 24 * 3600;

// English and German have one form for 1 and one for the rest; these texts need no more.
QString days(qint64 seconds)
{
    const qint64 count = seconds / DaySeconds;
    if (count * DaySeconds == seconds && count > 0) {
        return count == 1 ? QCoreApplication::translate("RotationScheduleModel", "every day")
                          : QCoreApplication::translate("RotationScheduleModel", "every %1 days")
                                .arg(count);
    }
    const qint64 hours = std::max<qint64>(1, seconds / 3600);
    return hours == 1
               ? QCoreApplication::translate("RotationScheduleModel", "every hour")
               : QCoreApplication::translate("RotationScheduleModel", "every %1 hours").arg(hours);
}

} // namespace

RotationScheduleModel::RotationScheduleModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RotationScheduleModel::reset(std::vector<RotationItem> items, const QDateTime& now)
{
    beginResetModel();
    m_items = std::move(items);
    m_now = now;
    endResetModel();
}

void RotationScheduleModel::clear()
{
    reset({}, QDateTime());
}

int RotationScheduleModel::rowOf(const QString& reference) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].ref.toString() == reference) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QString RotationScheduleModel::describePolicy(const RotationItem& item)
{
    QStringList parts;
    if (item.policy.everySeconds > 0) {
        parts << days(item.policy.everySeconds);
    }
    if (item.policy.expires) {
        parts << QCoreApplication::translate("RotationScheduleModel", "expires %1")
                     .arg(QLocale().toString(*item.policy.expires, QLocale::ShortFormat));
    }
    QString text = parts.join(QStringLiteral(", "));
    if (item.inheritedFrom) {
        text = QCoreApplication::translate("RotationScheduleModel", "%1 (from %2)")
                   .arg(text, item.inheritedFrom->toString());
    }
    return text;
}

QString RotationScheduleModel::relative(const QDateTime& due, const QDateTime& now)
{
    const qint64 daysLeft = now.date().daysTo(due.toUTC().date());
    if (daysLeft == 0) {
        return QCoreApplication::translate("RotationScheduleModel", "today");
    }
    if (daysLeft == 1) {
        return QCoreApplication::translate("RotationScheduleModel", "tomorrow");
    }
    if (daysLeft == -1) {
        return QCoreApplication::translate("RotationScheduleModel", "yesterday");
    }
    return daysLeft > 0
               ? QCoreApplication::translate("RotationScheduleModel", "in %1 days").arg(daysLeft)
               : QCoreApplication::translate("RotationScheduleModel", "%1 days ago").arg(-daysLeft);
}

int RotationScheduleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int RotationScheduleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RotationScheduleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const RotationItem& item = m_items[static_cast<std::size_t>(index.row())];
    if (role == ReferenceRole) {
        return item.ref.toString();
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        return RotationColors::color(item.status, QGuiApplication::palette());
    }
    if (role == Qt::ToolTipRole && index.column() == DueColumn) {
        return item.due.toUTC().toString(Qt::ISODate);
    }
    if (role != Qt::DisplayRole && role != SortRole) {
        return {};
    }
    switch (index.column()) {
    case StatusColumn:
        if (role == SortRole) {
            return static_cast<int>(item.status);
        }
        return QString(RotationColors::mark(item.status) + QLatin1Char(' ') +
                       RotationStatuses::label(item.status));
    case SecretColumn:
        return item.ref.toString();
    case DueColumn:
        if (role == SortRole) {
            return item.due;
        }
        return QStringLiteral("%1 (%2)").arg(
            QLocale().toString(item.due.toLocalTime().date(), QLocale::ShortFormat),
            relative(item.due, m_now));
    case ChangedColumn:
        if (role == SortRole) {
            return item.lastChanged;
        }
        return QLocale().toString(item.lastChanged.toLocalTime(), QLocale::ShortFormat);
    case PolicyColumn:
        return describePolicy(item);
    case StaleColumn:
        if (role == SortRole) {
            return item.staleBundles;
        }
        if (item.staleBundles == 0) {
            return QString();
        }
        return item.staleBundles == 1 ? tr("1 stale bundle")
                                      : tr("%1 stale bundles").arg(item.staleBundles);
    default:
        return {};
    }
}

QVariant RotationScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case SecretColumn:
        return tr("Secret");
    case DueColumn:
        return tr("Due");
    case ChangedColumn:
        return tr("Last changed");
    case PolicyColumn:
        return tr("Policy");
    case StaleColumn:
        return tr("Agents' copies");
    default:
        return {};
    }
}

} // namespace scopevault
