#include "agents/CoverageTableModel.h"
#include "shell/StatusColors.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>

namespace scopevault {

CoverageTableModel::CoverageTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CoverageTableModel::reset(QList<CoverageReport::Item> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

void CoverageTableModel::clear()
{
    reset({});
}

int CoverageTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int CoverageTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoverageTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CoverageReport::Item& item = m_items.at(index.row());
    using State = CoverageReport::State;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ActionColumn:
            return item.action.toString();
        case SecretColumn:
            return item.declaration.name;
        case StateColumn:
            switch (item.state) {
            case State::Resolved:
                return tr("delivered from %1")
                    .arg(item.supplier ? item.supplier->toString() : QString());
            case State::MissingRequired:
                return tr("missing (required)");
            case State::MissingOptional:
                return tr("missing (optional)");
            case State::NotGranted:
                return tr("not granted");
            }
            return {};
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && item.state == State::MissingRequired) {
        return QBrush(StatusColors::color(StatusColors::Tone::Bad, QGuiApplication::palette()));
    }
    return {};
}

QVariant CoverageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case SecretColumn:
        return tr("Secret");
    case StateColumn:
        return tr("Coverage");
    default:
        return {};
    }
}

} // namespace scopevault
