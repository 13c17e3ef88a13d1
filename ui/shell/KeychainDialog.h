#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace scopevault {

class VaultSession;

/// What the open vault keeps in the OS keychain: quick unlock (on until when; forget it or
/// turn it on), the rollback anchor, and each secret held there, present or missing.
class KeychainDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainDialog)

public:
    explicit KeychainDialog(VaultSession& session, QWidget* parent = nullptr);

    /// Reads the status again (the keychain is asked; the window keeps painting meanwhile).
    void refresh();

private:
    void forget();
    void enable();
    /// Runs a change of quick unlock; shows its error, or the new status.
    void apply(const std::function<void()>& change);

    VaultSession& m_session;
    QLabel* m_quick;
    QLabel* m_anchor;
    QLabel* m_error;
    QTableWidget* m_secrets;
    QPushButton* m_forget;
    QPushButton* m_enable;
};

} // namespace scopevault
