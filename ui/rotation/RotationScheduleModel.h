#pragma once

#include "rotation/RotationItem.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

namespace scopevault {

/// The rotation schedule as a table, ordered by due date: status (mark and word), secret,
/// due, last changed, policy, stale bundles.
class RotationScheduleModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationScheduleModel)

public:
    enum Column
    {
        StatusColumn,
        SecretColumn,
        DueColumn,
        ChangedColumn,
        PolicyColumn,
        StaleColumn,
        ColumnCount
    };
    enum Role
    {
        ReferenceRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit RotationScheduleModel(QObject* parent = nullptr);

    void reset(std::vector<RotationItem> items, const QDateTime& now);
    void clear();
    [[nodiscard]] const std::vector<RotationItem>& items() const { return m_items; }
    [[nodiscard]] int rowOf(const QString& reference) const;
    /// "every 90 days (from pack comms)", "expires 31 Mar 2027", translated.
    [[nodiscard]] static QString describePolicy(const RotationItem& item);
    /// "in 12 days", "3 days ago", "today".
    [[nodiscard]] static QString relative(const QDateTime& due, const QDateTime& now);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    std::vector<RotationItem> m_items;
    QDateTime m_now;
};

} // namespace scopevault
