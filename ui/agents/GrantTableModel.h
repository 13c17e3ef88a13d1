#pragma once

#include "catalog/Grant.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace scopevault {

/// One agent's grants: what each opens and until when (expired ones are marked).
class GrantTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TargetColumn,
        ExpiresColumn,
        ColumnCount,
    };

    explicit GrantTableModel(QObject* parent = nullptr);

    void reset(QList<Grant> grants, const QDateTime& now);
    void clear();
    [[nodiscard]] const QList<Grant>& grants() const { return m_grants; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    QList<Grant> m_grants;
    QDateTime m_now;
};

} // namespace scopevault
