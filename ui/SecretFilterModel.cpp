#include "SecretFilterModel.h"

#include "SecretTableModel.h"

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
    invalidateRowsFilter();
}

void SecretFilterModel::setSearchText(const QString& text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    m_words = words;
    invalidateRowsFilter();
}

bool SecretFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_words.isEmpty()) {
        return m_scope.isEmpty() || index.data(SecretTableModel::ScopeRole).toString() == m_scope;
    }
    const QString text = index.data(SecretTableModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!text.contains(word)) {
            return false;
        }
    }
    return true;
}

} // namespace scopevault
