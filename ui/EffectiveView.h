#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
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

    void refresh();
    void clear();
    /// Shows the action "PACK/ACTION".
    void showAction(const QString& action);

Q_SIGNALS:
    void secretRequested(const QString& reference);

private:
    void load();

    VaultSession& m_session;
    EffectiveSecretModel* m_model;
    QComboBox* m_action;
    QTableView* m_table;
    QLabel* m_summary;
};

} // namespace scopevault
