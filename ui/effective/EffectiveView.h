#pragma once

#include "secrets/SecretRef.h"

#include "secrets/SecretIndex.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace scopevault {

class EffectiveSecretModel;
class VaultSession;

/// What one action receives: each declared or inherited secret, the scope that supplies it,
/// what it overrides, and the declared secrets defined nowhere. Activating a row asks the
/// window to show that secret.
class EffectiveView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EffectiveView)

public:
    explicit EffectiveView(VaultSession& session, QWidget* parent = nullptr);

    /// `index`: which names exist where (built once per refresh from the vault's listing).
    void refresh(const SecretIndex& index);
    void clear();
    /// Shows the action "PACK/ACTION".
    void showAction(const QString& action);

Q_SIGNALS:
    void secretRequested(const SecretRef& reference);
    /// A declared secret is defined nowhere: create it (at the action, by default).
    void createRequested(const SecretRef& suggested);

private:
    void load();
    /// The selected row's missing secret, at the action's scope (none: the row is supplied).
    [[nodiscard]] std::optional<SecretRef> missingAt(const QModelIndex& index) const;
    /// The selected row's missing secret, else the first missing one.
    [[nodiscard]] std::optional<SecretRef> missingTarget() const;

    VaultSession& m_session;
    SecretIndex m_index;
    EffectiveSecretModel* m_model;
    QComboBox* m_action;
    QTableView* m_table;
    QPushButton* m_create;
    QLabel* m_summary;
};

} // namespace scopevault
