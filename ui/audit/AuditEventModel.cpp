#include "audit/AuditEventModel.h"
#include "shell/StatusColors.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>

namespace scopevault {

AuditEventModel::AuditEventModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AuditEventModel::reset(Fetch fetch, const AuditFilter& filter)
{
    beginResetModel();
    m_fetch = std::move(fetch);
    m_filter = filter;
    m_entries.clear();
    m_more = true;
    endResetModel();
    fetchMore({});
}

void AuditEventModel::clear()
{
    beginResetModel();
    m_fetch = nullptr;
    m_entries.clear();
    m_more = false;
    endResetModel();
}

const AuditEntry* AuditEventModel::entry(int row) const
{
    return row >= 0 && row < static_cast<int>(m_entries.size())
               ? &m_entries[static_cast<std::size_t>(row)]
               : nullptr;
}

int AuditEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditEventModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && m_fetch;
}

void AuditEventModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    AuditFilter page = m_filter;
    page.limit = PageSize;
    if (!m_entries.empty()) {
        page.beforeSeq = m_entries.back().seq;
    }
    std::vector<AuditEntry> fetched = m_fetch(page);
    m_more = static_cast<int>(fetched.size()) == PageSize;
    if (fetched.empty()) {
        return;
    }
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(fetched.size()) - 1);
    for (AuditEntry& entry : fetched) {
        m_entries.push_back(std::move(entry));
    }
    endInsertRows();
}

QVariant AuditEventModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* event = entry(index.row());
    if (!event) {
        return {};
    }
    if (role == SeqRole) {
        return event->seq;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(event->time.toLocalTime(), QLocale::ShortFormat);
        case ActorColumn:
            return event->actor;
        case ActionColumn:
            return event->action;
        case TargetColumn:
            return event->target.isEmpty() ? QStringLiteral("–") : event->target;
        case OutcomeColumn:
            return event->outcome == QLatin1String("success")  ? tr("success")
                   : event->outcome == QLatin1String("denied") ? tr("denied")
                                                               : tr("error");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TimeColumn) {
        return tr("%1 UTC, event %2")
            .arg(event->time.toUTC().toString(Qt::ISODateWithMs))
            .arg(event->seq);
    }
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn &&
        event->outcome != QLatin1String("success")) {
        return QBrush(StatusColors::color(event->outcome == QLatin1String("denied")
                                              ? StatusColors::Tone::Warning
                                              : StatusColors::Tone::Bad,
                                          QGuiApplication::palette()));
    }
    return {};
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace scopevault
