#pragma once

#include "catalog/Scope.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <memory>
#include <vector>

namespace scopevault {

class Catalog;
struct SecretInfo;

/// The scope tree of the secrets view: System, then each pack with its actions, each row
/// showing how many secrets are stored at exactly that scope. Read-only; rebuilt from a
/// snapshot of the catalog and the secret list.
class ScopeTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        ScopeRole = Qt::UserRole + 1, // the row's scope as text ("system", "PACK", "PACK/ACTION")
        CountRole,                    // secrets stored at exactly this scope
    };

    explicit ScopeTreeModel(QObject* parent = nullptr);
    ~ScopeTreeModel() override;

    void reset(const Catalog& catalog, const std::vector<SecretInfo>& secrets);
    /// Drops every row (the vault was locked).
    void clear();
    [[nodiscard]] QModelIndex indexOf(const Scope& scope) const;
    /// Every scope as text in tree order (system, then each pack followed by its actions).
    [[nodiscard]] QStringList allScopes() const;
    [[nodiscard]] static Scope scopeAt(const QModelIndex& index);

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    struct Node
    {
        Scope scope = Scope::system();
        QString label;
        QString description;
        int count = 0;
        Node* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    [[nodiscard]] Node* nodeAt(const QModelIndex& index) const;

    Node m_root;
};

} // namespace scopevault
