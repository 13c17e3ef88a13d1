#include "agents/GrantTableModel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace scopevault {

GrantTableModel::GrantTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void GrantTableModel::reset(QList<Grant> grants, const QDateTime& now)
{
    beginResetModel();
    m_grants = std::move(grants);
    m_now = now;
    endResetModel();
}

void GrantTableModel::clear()
{
    reset({}, QDateTime());
}

int GrantTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_grants.size());
}

int GrantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GrantTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Grant& grant = m_grants.at(index.row());
    const bool expired = grant.isExpiredAt(m_now);
    if (role == Qt::DisplayRole) {
        if (index.column() == TargetColumn) {
            return grant.target.toString();
        }
        if (!grant.until) {
            return tr("never");
        }
        const QString date = QLocale().toString(grant.until->toLocalTime(), QLocale::ShortFormat);
        return expired ? tr("expired %1").arg(date) : date;
    }
    if (role == Qt::ForegroundRole && expired) {
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    }
    return {};
}

QVariant GrantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == TargetColumn ? tr("Grants access to") : tr("Expires");
}

} // namespace scopevault
