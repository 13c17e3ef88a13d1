#pragma once

#include <QSortFilterProxyModel>

#include <functional>
#include <vector>

namespace scopevault {

class SecretTableModel;

/// What the secrets table shows: the secrets stored at the selected scope, or, while a search
/// text is set, every secret whose name, description or reference contains it (all scopes).
class SecretFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SecretFilterModel(QObject* parent = nullptr);

    /// The scope (as text) whose secrets are shown while no search is active; empty: all.
    void setScope(const QString& scope);
    /// Case-insensitive; whitespace-separated words must all match.
    void setSearchText(const QString& text);
    [[nodiscard]] bool isSearching() const { return !m_words.isEmpty(); }

    void setSourceModel(QAbstractItemModel* model) override;
    /// By scope, ascending, is the source's own order: kept as is instead of sorting up to
    /// 100,000 rows on every keystroke.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex& sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    [[nodiscard]] bool matches(int sourceRow) const;
    /// Tests the rows against the search words into m_accepted; `onlyAccepted` when the new
    /// words can only remove rows (each old word is part of a new one): then only the rows
    /// shown so far are tested, and a keystroke costs what is left on screen. False when the
    /// rows shown stay the same.
    bool updateAccepted(bool onlyAccepted);

    const SecretTableModel* m_table = nullptr;
    QString m_scope;
    QStringList m_words;
    using Searcher = std::boyer_moore_horspool_searcher<const char*>;
    std::vector<QByteArray> m_needles; // the words as UTF-8
    std::vector<Searcher> m_searchers; // one per needle
    /// Per source row, whether the search accepts it; empty while not searching or after the
    /// source changed (filterAcceptsRow then tests the row itself).
    std::vector<char> m_accepted;
};

} // namespace scopevault
