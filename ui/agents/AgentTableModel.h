#pragma once

#include "catalog/Agent.h"

#include <QAbstractTableModel>
#include <QList>

namespace scopevault {

/// The vault's agents: name, status, public-key fingerprint, number of grants, description.
class AgentTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        GrantsColumn,
        FingerprintColumn,
        DescriptionColumn,
        ColumnCount,
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        StatusRole, // Agent::Status as int
    };

    explicit AgentTableModel(QObject* parent = nullptr);

    /// `grantCounts` is parallel to `agents`.
    void reset(QList<Agent> agents, QList<int> grantCounts);
    void clear();
    [[nodiscard]] int rowOf(const QString& name) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    [[nodiscard]] static QString statusText(Agent::Status status);

private:
    QList<Agent> m_agents;
    QList<int> m_grantCounts;
};

} // namespace scopevault
