#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditFilter.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace scopevault {

/// The audit log's events matching a filter, newest first, fetched a page at a time as the
/// view scrolls (never the whole log in memory).
class AuditEventModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditEventModel)

public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        TargetColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum Role
    {
        SeqRole = Qt::UserRole + 1,
    };
    static constexpr int PageSize = 200;
    /// Fetches the newest `limit` events matching the filter (its beforeSeq set for the next
    /// page), newest first.
    using Fetch = std::function<std::vector<AuditEntry>(const AuditFilter& filter)>;

    explicit AuditEventModel(QObject* parent = nullptr);

    /// Starts over with `filter`; the first page is fetched at once.
    void reset(Fetch fetch, const AuditFilter& filter);
    void clear();
    [[nodiscard]] const AuditEntry* entry(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    Fetch m_fetch;
    AuditFilter m_filter;
    std::vector<AuditEntry> m_entries;
    bool m_more = false;
};

} // namespace scopevault
