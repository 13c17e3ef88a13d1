#include "secrets/SecretFilterModel.h"

#include "secrets/SecretTableModel.h"

namespace scopevault {

SecretFilterModel::SecretFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SecretFilterModel::setScope(const QString& scope)
{
    if (scope == m_scope) {
        return;
    }
    m_scope = scope;
    // One rebuild of the mapping: the incremental path removes each non-contiguous run of
    // rows separately, O(runs × rows) when a keystroke drops 90,000 of 100,000.
    invalidate();
}

void SecretFilterModel::setSearchText(const QString& text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    m_words = words;
    // One rebuild of the mapping: the incremental path removes each non-contiguous run of
    // rows separately, O(runs × rows) when a keystroke drops 90,000 of 100,000.
    invalidate();
}

void SecretFilterModel::setSourceModel(QAbstractItemModel* model)
{
    m_table = qobject_cast<SecretTableModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool SecretFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_table) {
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }
    if (m_words.isEmpty()) {
        return m_scope.isEmpty() || m_table->scopeTextAt(sourceRow) == m_scope;
    }
    const QString& text = m_table->searchTextAt(sourceRow);
    for (const QString& word : m_words) {
        if (!text.contains(word)) {
            return false;
        }
    }
    return true;
}

void SecretFilterModel::sort(int column, Qt::SortOrder order)
{
    if (m_table && column == SecretTableModel::ScopeColumn && order == Qt::AscendingOrder) {
        QSortFilterProxyModel::sort(-1);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

bool SecretFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_table) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    return m_table->sortRank(left.row(), left.column()) <
           m_table->sortRank(right.row(), right.column());
}

} // namespace scopevault
