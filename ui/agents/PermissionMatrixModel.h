#pragma once

#include "catalog/Agent.h"
#include "catalog/Catalog.h"
#include "catalog/Grant.h"
#include "catalog/Scope.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <functional>

namespace scopevault {

class VaultService;

/// Agents × scopes (system, each pack, each action) with a checkbox per scope grant.
/// Checked: the agent holds exactly this grant; partially checked: a broader grant covers it.
/// Checking or unchecking grants or revokes through GrantService. The system column is
/// tinted and asks for confirmation, since it opens every secret of the vault.
class PermissionMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        ScopeRole = Qt::UserRole + 1, // the column's scope as text (header and cells)
        AgentRole,                    // the row's agent name (header and cells)
    };
    /// Asked before a system grant is made; false leaves it unchanged.
    using ConfirmSystemGrant = std::function<bool(const QString& agent)>;

    explicit PermissionMatrixModel(QObject* parent = nullptr);

    void setConfirmSystemGrant(ConfirmSystemGrant confirm) { m_confirm = std::move(confirm); }
    /// Rebuilds from the vault's catalog; writes go to `vault` until clear().
    void reset(VaultService& vault);
    void clear();
    [[nodiscard]] int columnOf(const Scope& scope) const;
    [[nodiscard]] int rowOf(const QString& agent) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

Q_SIGNALS:
    /// A grant was made or revoked (other views refresh).
    void grantsChanged();
    /// A grant could not be changed; the message says why.
    void failed(const QString& message);

private:
    [[nodiscard]] Qt::CheckState stateOf(int row, int column) const;
    /// Whether the agent of the row receives what is stored at the scope (AccessPolicy).
    [[nodiscard]] bool receives(const Agent& agent, const Scope& scope) const;
    void reload();

    VaultService* m_vault = nullptr;
    ConfirmSystemGrant m_confirm;
    QList<Agent> m_agents;
    QList<Scope> m_scopes;
    Catalog m_catalog; // a copy: the cell states are AccessPolicy's answers over it
    QDateTime m_now;
};

} // namespace scopevault
