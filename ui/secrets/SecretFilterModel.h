#pragma once

#include <QSortFilterProxyModel>

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
    const SecretTableModel* m_table = nullptr;
    QString m_scope;
    QStringList m_words;
};

} // namespace scopevault
