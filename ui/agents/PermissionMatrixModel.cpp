#include "agents/PermissionMatrixModel.h"
#include "shell/ErrorText.h"

#include "access/AccessPolicy.h"
#include "agents/AgentTableModel.h"
#include "catalog/GrantService.h"
#include "catalog/GrantTarget.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace scopevault {

namespace {

const QColor SystemTint(0xe6, 0x61, 0x00, 0x40); // amber at 25%: visible on light and dark

} // namespace

PermissionMatrixModel::PermissionMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PermissionMatrixModel::reset(VaultService& vault)
{
    beginResetModel();
    m_vault = &vault;
    reload();
    endResetModel();
}

void PermissionMatrixModel::reload()
{
    const Catalog& catalog = m_vault->catalog();
    m_agents = catalog.agents().values();
    m_scopes = catalog.scopes();
    m_catalog = catalog;
    m_now = m_vault->clock().nowUtc();
}

void PermissionMatrixModel::clear()
{
    beginResetModel();
    m_vault = nullptr;
    m_agents.clear();
    m_scopes.clear();
    m_catalog = Catalog();
    endResetModel();
}

int PermissionMatrixModel::columnOf(const Scope& scope) const
{
    return static_cast<int>(m_scopes.indexOf(scope));
}

int PermissionMatrixModel::rowOf(const QString& agent) const
{
    for (int row = 0; row < m_agents.size(); ++row) {
        if (m_agents.at(row).name == agent) {
            return row;
        }
    }
    return -1;
}

int PermissionMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_agents.size());
}

int PermissionMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_scopes.size());
}

Qt::CheckState PermissionMatrixModel::stateOf(int row, int column) const
{
    switch (
        AccessPolicy::scopeGrant(m_catalog, m_agents.at(row).name, m_scopes.at(column), m_now)) {
    case AccessPolicy::ScopeGrant::Direct:
        return Qt::Checked;
    case AccessPolicy::ScopeGrant::Inherited:
        return Qt::PartiallyChecked;
    case AccessPolicy::ScopeGrant::None:
        break;
    }
    return Qt::Unchecked;
}

bool PermissionMatrixModel::receives(const Agent& agent, const Scope& scope) const
{
    return AccessPolicy::forScope(m_catalog, agent.name, scope, m_now).granted();
}

QVariant PermissionMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Scope& scope = m_scopes.at(index.column());
    const Agent& agent = m_agents.at(index.row());
    switch (role) {
    case Qt::CheckStateRole:
        return stateOf(index.row(), index.column());
    case Qt::BackgroundRole:
        return scope.kind() == Scope::Kind::System ? QBrush(SystemTint) : QVariant();
    case Qt::ForegroundRole:
        return receives(agent, scope)
                   ? QVariant()
                   : QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text));
    case Qt::ToolTipRole:
        if (stateOf(index.row(), index.column()) != Qt::Unchecked && !receives(agent, scope)) {
            return tr("%1 is %2 and receives nothing; the grant stays for when it is active "
                      "again")
                .arg(agent.name, AgentTableModel::statusText(agent.status).toLower());
        }
        switch (stateOf(index.row(), index.column())) {
        case Qt::Checked:
            return tr("%1 is granted %2").arg(agent.name, scope.toString());
        case Qt::PartiallyChecked:
            return tr("%1 receives %2 through a broader grant").arg(agent.name, scope.toString());
        case Qt::Unchecked:
            return tr("%1 is not granted %2").arg(agent.name, scope.toString());
        }
        return {};
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(agent.name, scope.toString());
    case ScopeRole:
        return scope.toString();
    case AgentRole:
        return agent.name;
    default:
        return {};
    }
}

QVariant PermissionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_agents.size()) {
            return {};
        }
        const Agent& agent = m_agents.at(section);
        if (role == Qt::DisplayRole) {
            return agent.status == Agent::Status::Active      ? agent.name
                   : agent.status == Agent::Status::Suspended ? tr("%1 (suspended)").arg(agent.name)
                                                              : tr("%1 (revoked)").arg(agent.name);
        }
        return role == AgentRole ? QVariant(agent.name) : QVariant();
    }
    if (section < 0 || section >= m_scopes.size()) {
        return {};
    }
    const Scope& scope = m_scopes.at(section);
    switch (role) {
    case Qt::DisplayRole:
        switch (scope.kind()) {
        case Scope::Kind::System:
            return tr("⚠ system");
        case Scope::Kind::Pack:
            return tr("%1 (pack)").arg(scope.packName());
        case Scope::Kind::Action:
            return scope.toString();
        }
        return {};
    case Qt::FontRole:
        if (scope.kind() != Scope::Kind::Action) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return scope.kind() == Scope::Kind::System
                   ? tr("A system grant opens every secret in the vault to the agent.")
                   : scope.toString();
    case Qt::BackgroundRole:
        return scope.kind() == Scope::Kind::System ? QBrush(SystemTint) : QVariant();
    case ScopeRole:
        return scope.toString();
    default:
        return {};
    }
}

Qt::ItemFlags PermissionMatrixModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    if (m_agents.at(index.row()).status != Agent::Status::Revoked) {
        flags |= Qt::ItemIsEnabled;
    }
    return flags;
}

bool PermissionMatrixModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !m_vault ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const QString agent = m_agents.at(index.row()).name;
    const Scope scope = m_scopes.at(index.column());
    // A partially checked cell becomes checked: the click asks for this exact grant.
    const bool grant =
        stateOf(index.row(), index.column()) != Qt::Checked && value.toInt() != Qt::Unchecked;
    if (grant && scope.kind() == Scope::Kind::System && (!m_confirm || !m_confirm(agent))) {
        return false;
    }
    try {
        GrantService grants(*m_vault);
        if (grant) {
            grants.grant(agent, GrantTarget(scope), std::nullopt);
        } else {
            grants.revoke(agent, GrantTarget(scope));
        }
    } catch (const VaultError& error) {
        Q_EMIT failed(ErrorText::describe(error));
        return false;
    }
    reload();
    // A pack grant changes every action cell of the row.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    Q_EMIT grantsChanged();
    return true;
}

} // namespace scopevault
