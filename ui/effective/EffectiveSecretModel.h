#pragma once

#include "access/ResolvedSecret.h"
#include "catalog/Scope.h"

#include <QAbstractTableModel>
#include <QList>

namespace scopevault {

/// An action's effective secrets: each name, the scope that supplies it, the scopes it
/// shadows, and whether the action declares it (required or optional). Missing declared
/// secrets are highlighted.
class EffectiveSecretModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SupplierColumn,
        ShadowsColumn,
        DeclarationColumn,
        ColumnCount,
    };
    enum Role
    {
        ReferenceRole = Qt::UserRole + 1, // the supplying secret "SCOPE:NAME"; empty if missing
        MissingRole,                      // true when declared and defined nowhere
    };

    explicit EffectiveSecretModel(QObject* parent = nullptr);

    void reset(const Scope& action, QList<ResolvedSecret> secrets);
    void clear();
    [[nodiscard]] const Scope& action() const { return m_action; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    [[nodiscard]] QString scopeLabel(const Scope& scope) const;

    Scope m_action = Scope::system();
    QList<ResolvedSecret> m_secrets;
};

} // namespace scopevault
