#include "agents/AgentTableModel.h"

#include <QGuiApplication>
#include <QPalette>

namespace scopevault {

AgentTableModel::AgentTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AgentTableModel::reset(QList<Agent> agents, QList<int> grantCounts)
{
    beginResetModel();
    m_agents = std::move(agents);
    m_grantCounts = std::move(grantCounts);
    m_grantCounts.resize(m_agents.size());
    endResetModel();
}

void AgentTableModel::clear()
{
    reset({}, {});
}

int AgentTableModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_agents.size(); ++row) {
        if (m_agents.at(row).name == name) {
            return row;
        }
    }
    return -1;
}

int AgentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_agents.size());
}

int AgentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgentTableModel::statusText(Agent::Status status)
{
    switch (status) {
    case Agent::Status::Active:
        return tr("Active");
    case Agent::Status::Suspended:
        return tr("Suspended");
    case Agent::Status::Revoked:
        return tr("Revoked");
    }
    return QString();
}

QVariant AgentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Agent& agent = m_agents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return agent.name;
        case StatusColumn:
            return statusText(agent.status);
        case GrantsColumn:
            return m_grantCounts.at(index.row());
        case FingerprintColumn:
            return agent.fingerprint();
        case DescriptionColumn:
            return agent.description;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (agent.status != Agent::Status::Active) {
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case NameRole:
        return agent.name;
    case StatusRole:
        return static_cast<int>(agent.status);
    default:
        return {};
    }
}

QVariant AgentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Agent");
    case StatusColumn:
        return tr("Status");
    case GrantsColumn:
        return tr("Grants");
    case FingerprintColumn:
        return tr("Key fingerprint");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace scopevault
