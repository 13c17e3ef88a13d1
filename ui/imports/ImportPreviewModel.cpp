#include "imports/ImportPreviewModel.h"
#include "shell/StatusColors.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>

namespace scopevault {

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::reset(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ImportPreviewModel::clear()
{
    reset({});
}

int ImportPreviewModel::count(Kind kind) const
{
    int n = 0;
    for (const Row& row : m_rows) {
        n += row.kind == kind ? 1 : 0;
    }
    return n;
}

QString ImportPreviewModel::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Add:
        return tr("add");
    case Kind::Change:
        return tr("change");
    case Kind::Unchanged:
        return tr("unchanged");
    case Kind::Skip:
        return tr("skip");
    case Kind::Remove:
        return tr("remove");
    case Kind::Warning:
        return tr("warning");
    case Kind::Credential:
        return tr("credential");
    }
    return QString();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindText(row.kind);
        case ItemColumn:
            return row.item;
        case DetailColumn:
            return row.detail;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() != KindColumn) {
            return {};
        }
        switch (row.kind) {
        case Kind::Add:
            return QBrush(
                StatusColors::color(StatusColors::Tone::Good, QGuiApplication::palette()));
        case Kind::Change:
            return QBrush(
                StatusColors::color(StatusColors::Tone::Info, QGuiApplication::palette()));
        case Kind::Skip:
        case Kind::Warning:
        case Kind::Remove:
            return QBrush(
                StatusColors::color(StatusColors::Tone::Warning, QGuiApplication::palette()));
        case Kind::Credential:
            return QBrush(StatusColors::color(StatusColors::Tone::Bad, QGuiApplication::palette()));
        case Kind::Unchanged:
            return {};
        }
        return {};
    case KindRole:
        return static_cast<int>(row.kind);
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case KindColumn:
        return tr("Will");
    case ItemColumn:
        return tr("Item");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace scopevault
