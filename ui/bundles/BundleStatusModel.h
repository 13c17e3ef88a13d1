#pragma once

#include "bundles/BundleStatus.h"

#include <QAbstractTableModel>
#include <QList>

namespace scopevault {

/// Issued bundles, newest first: agent, id, created, expires, status (valid or expired, and
/// stale with the secrets changed since).
class BundleStatusModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleStatusModel)

public:
    enum Column
    {
        AgentColumn,
        IdColumn,
        CreatedColumn,
        ExpiresColumn,
        StatusColumn,
        FileColumn,
        ColumnCount
    };

    explicit BundleStatusModel(QObject* parent = nullptr);

    void reset(QList<BundleStatus> bundles);
    [[nodiscard]] const QList<BundleStatus>& bundles() const { return m_bundles; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    QList<BundleStatus> m_bundles;
};

} // namespace scopevault
