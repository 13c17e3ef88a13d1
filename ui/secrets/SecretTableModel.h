#pragma once

#include "secrets/SecretInfo.h"

#include <QAbstractTableModel>

#include <vector>

namespace scopevault {

/// The secrets of the vault as table rows: name, scope, description, version, last change.
/// Holds what may be shown without revealing (SecretInfo); never a value.
class SecretTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ScopeColumn,
        DescriptionColumn,
        VersionColumn,
        UpdatedColumn,
        StorageColumn, // the vault file or the OS keychain
        ColumnCount,
    };
    enum Role
    {
        ReferenceRole = Qt::UserRole + 1, // "SCOPE:NAME"
        ScopeRole,                        // the scope as text
        SearchTextRole, // what search-as-you-type matches: name, description, reference
    };

    explicit SecretTableModel(QObject* parent = nullptr);

    /// `secrets` in reference order (scope, then name), as VaultService::listSecrets returns them.
    void reset(std::vector<SecretInfo> secrets);
    void clear();
    [[nodiscard]] const SecretInfo& secretAt(int row) const;
    [[nodiscard]] int rowOf(const SecretRef& ref) const;
    /// What search and filtering read without going through QVariant (100k rows per keystroke).
    /// Scope, name and description, lower-cased, as UTF-8 (what the search looks in).
    [[nodiscard]] QByteArrayView searchTextAt(int row) const
    {
        const auto at = std::size_t(row);
        return QByteArrayView(m_searchText)
            .sliced(m_searchStart[at], m_searchStart[at + 1] - m_searchStart[at]);
    }
    [[nodiscard]] const QString& scopeTextAt(int row) const
    {
        return m_scopeText[std::size_t(row)];
    }
    /// The row's position when all rows are sorted by `column` (computed once per column per
    /// reset), so that sorting a filtered view compares integers.
    [[nodiscard]] int sortRank(int row, int column) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    std::vector<SecretInfo> m_secrets;
    // Every row's search text, lower-cased UTF-8, one after the other (a search reads them in
    // order), and where each starts; built once per reset.
    QByteArray m_searchText;
    std::vector<qsizetype> m_searchStart;
    std::vector<QString> m_scopeText;
    mutable std::vector<std::vector<int>> m_ranks; // per column, filled on first use
};

} // namespace scopevault
