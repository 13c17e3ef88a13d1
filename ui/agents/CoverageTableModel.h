#pragma once

#include "access/CoverageReport.h"

#include <QAbstractTableModel>
#include <QList>

namespace scopevault {

/// What an agent can actually receive: for each action it is granted, each declared secret
/// and whether it resolves (missing ones highlighted).
class CoverageTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ActionColumn,
        SecretColumn,
        StateColumn,
        ColumnCount,
    };

    explicit CoverageTableModel(QObject* parent = nullptr);

    void reset(QList<CoverageReport::Item> items);
    [[nodiscard]] const QList<CoverageReport::Item>& items() const { return m_items; }
    void clear();

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    QList<CoverageReport::Item> m_items;
};

} // namespace scopevault
