#include "secrets/SecretFilterModel.h"

#include "secrets/SecretTableModel.h"

#include <algorithm>
#include <cstring>
#include <functional>

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

namespace {

// Every row `now` accepts was accepted `before`: each old word is part of a new one.
bool narrows(const QStringList& before, const QStringList& now)
{
    if (before.isEmpty()) {
        return false;
    }
    return std::all_of(before.cbegin(), before.cend(), [&now](const QString& old) {
        return std::any_of(now.cbegin(), now.cend(),
                           [&old](const QString& word) { return word.contains(old); });
    });
}

} // namespace

void SecretFilterModel::setSearchText(const QString& text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    const bool onlyAccepted = narrows(m_words, words);
    m_words = words;
    m_searchers.clear();
    m_needles.clear();
    m_needles.reserve(m_words.size()); // the searchers point into them
    for (const QString& word : m_words) {
        m_needles.push_back(word.toUtf8());
        m_searchers.emplace_back(m_needles.back().constData(),
                                 m_needles.back().constData() + m_needles.back().size());
    }
    if (!updateAccepted(onlyAccepted)) {
        return; // the same rows as before ("sec" after "se"): nothing to lay out again
    }
    // One rebuild of the mapping: the incremental path removes each non-contiguous run of
    // rows separately, O(runs × rows) when a keystroke drops 90,000 of 100,000.
    invalidate();
}

bool SecretFilterModel::updateAccepted(bool onlyAccepted)
{
    if (!m_table || m_words.isEmpty()) {
        m_accepted.clear();
        return true;
    }
    const auto rows = static_cast<std::size_t>(m_table->rowCount());
    bool changed = false;
    if (!onlyAccepted || m_accepted.size() != rows) {
        m_accepted.assign(rows, 1);
        changed = true;
    }
    for (std::size_t row = 0; row < rows; ++row) {
        if (m_accepted[row] != 0 && !matches(static_cast<int>(row))) {
            m_accepted[row] = 0;
            changed = true;
        }
    }
    return changed;
}

void SecretFilterModel::setSourceModel(QAbstractItemModel* model)
{
    if (sourceModel()) {
        disconnect(sourceModel(), nullptr, this, nullptr);
    }
    m_table = qobject_cast<SecretTableModel*>(model);
    m_accepted.clear();
    // Connected before the base class connects its own: the remembered results are dropped
    // before it asks filterAcceptsRow about the new rows.
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { m_accepted.clear(); });
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                [this] { m_accepted.clear(); });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this] { m_accepted.clear(); });
        connect(model, &QAbstractItemModel::dataChanged, this, [this] { m_accepted.clear(); });
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                [this] { m_accepted.clear(); });
    }
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
    const auto row = static_cast<std::size_t>(sourceRow);
    return row < m_accepted.size() ? m_accepted[row] != 0 : matches(sourceRow);
}

bool SecretFilterModel::matches(int sourceRow) const
{
    // On UTF-8 (a UTF-8 needle cannot match in the middle of a character): memchr for one
    // byte, memmem for two, Boyer-Moore-Horspool with its table built once per keystroke for
    // longer words. QString::contains (a rolling hash set up per call) spent 92% of a
    // keystroke at 100,000 rows.
    const QByteArrayView text = m_table->searchTextAt(sourceRow);
    for (std::size_t i = 0; i < m_needles.size(); ++i) {
        const QByteArray& needle = m_needles[i];
        const auto length = static_cast<std::size_t>(text.size());
        bool found = false;
        if (needle.size() == 1) {
            found = std::memchr(text.data(), needle.front(), length) != nullptr;
        } else if (needle.size() == 2) {
            found = ::memmem(text.data(), length, needle.constData(), 2) != nullptr;
        } else {
            found = std::search(text.begin(), text.end(), m_searchers[i]) != text.end();
        }
        if (!found) {
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
