#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace scopevault {

class KdfProgress;

class VaultSession;

/// Asks for the open vault's passphrase. The KDF runs on a worker thread (a busy bar shows);
/// a wrong passphrase is reported right under the field. With quick unlock on, the OS
/// keychain opens it instead; "Remember on this computer" turns quick unlock on.
class UnlockPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlockPage)

public:
    explicit UnlockPage(VaultSession& session, QWidget* parent = nullptr);

    /// Shows the session's file and focuses the passphrase field.
    void prepare();

Q_SIGNALS:
    void closeRequested();

private:
    void unlock();
    void setBusy(bool busy);

    VaultSession& m_session;
    QLabel* m_file;
    QLineEdit* m_passphrase;
    QLabel* m_error;
    KdfProgress* m_busy;
    QPushButton* m_unlock;
    QPushButton* m_close;
    QCheckBox* m_remember;
    QPushButton* m_keychain;
};

} // namespace scopevault
