#include "secrets/ScopeTreeModel.h"

#include "catalog/Catalog.h"
#include "secrets/SecretInfo.h"

#include <QHash>

namespace scopevault {

ScopeTreeModel::ScopeTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

ScopeTreeModel::~ScopeTreeModel() = default;

void ScopeTreeModel::reset(const Catalog& catalog, const std::vector<SecretInfo>& secrets)
{
    QHash<QString, int> counts;
    for (const SecretInfo& secret : secrets) {
        ++counts[secret.ref.scope().toString()];
    }
    const auto add = [&counts](Node& parent, const Scope& scope, const QString& label,
                               const QString& description) -> Node& {
        auto node = std::make_unique<Node>();
        node->scope = scope;
        node->label = label;
        node->description = description;
        node->count = counts.value(scope.toString());
        node->parent = &parent;
        node->row = static_cast<int>(parent.children.size());
        parent.children.push_back(std::move(node));
        return *parent.children.back();
    };

    beginResetModel();
    m_root.children.clear();
    add(m_root, Scope::system(), tr("System"), tr("Secrets every action may inherit"));
    for (const Pack& pack : catalog.packs()) {
        Node& packNode = add(m_root, Scope::pack(pack.name), pack.name, pack.description);
        for (const Action& action : catalog.actionsOf(pack.name)) {
            add(packNode, action.scope(), action.name, action.description);
        }
    }
    endResetModel();
}

void ScopeTreeModel::clear()
{
    beginResetModel();
    m_root.children.clear();
    endResetModel();
}

QModelIndex ScopeTreeModel::indexOf(const Scope& scope) const
{
    for (const auto& top : m_root.children) {
        if (top->scope == scope) {
            return createIndex(top->row, 0, top.get());
        }
        for (const auto& child : top->children) {
            if (child->scope == scope) {
                return createIndex(child->row, 0, child.get());
            }
        }
    }
    return {};
}

QStringList ScopeTreeModel::allScopes() const
{
    QStringList scopes;
    for (const auto& top : m_root.children) {
        scopes << top->scope.toString();
        for (const auto& child : top->children) {
            scopes << child->scope.toString();
        }
    }
    return scopes;
}

Scope ScopeTreeModel::scopeAt(const QModelIndex& index)
{
    return Scope::parse(index.data(ScopeRole).toString());
}

ScopeTreeModel::Node* ScopeTreeModel::nodeAt(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer())
                           : const_cast<Node*>(&m_root);
}

QModelIndex ScopeTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    return createIndex(row, column,
                       nodeAt(parent)->children.at(static_cast<std::size_t>(row)).get());
}

QModelIndex ScopeTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    const Node* parentNode = nodeAt(child)->parent;
    if (parentNode == &m_root || parentNode == nullptr) {
        return {};
    }
    return createIndex(parentNode->row, 0, const_cast<Node*>(parentNode));
}

int ScopeTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return static_cast<int>(nodeAt(parent)->children.size());
}

int ScopeTreeModel::columnCount(const QModelIndex& /*parent*/) const
{
    return 2;
}

QVariant ScopeTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Node* node = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? QVariant(node->label) : QVariant(node->count);
    case Qt::ToolTipRole:
        return node->description.isEmpty()
                   ? node->scope.toString()
                   : node->scope.toString() + QStringLiteral(": ") + node->description;
    case Qt::TextAlignmentRole:
        return index.column() == 1 ? QVariant(static_cast<int>(Qt::AlignRight | Qt::AlignVCenter))
                                   : QVariant();
    case ScopeRole:
        return node->scope.toString();
    case CountRole:
        return node->count;
    default:
        return {};
    }
}

QVariant ScopeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == 0 ? tr("Scope") : tr("Secrets");
}

} // namespace scopevault
