#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace scopevault {

class KdfProgress;

class VaultSession;

/// Creates a vault: file, passphrase twice with its zxcvbn strength, and the KDF preset with
/// the unlock time measured on this computer.
class CreateVaultPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateVaultPage)

public:
    CreateVaultPage(VaultSession& session, QWidget* parent = nullptr);

    /// Resets the form; `path` proposes the file, `preset` the KDF.
    void prepare(const QString& path, const QString& preset);

Q_SIGNALS:
    void cancelled();

private:
    void updateStrength();
    void measurePresets();
    void create();
    void browse();
    void setBusy(bool busy);

    VaultSession& m_session;
    QLineEdit* m_path;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QProgressBar* m_strength;
    QLabel* m_strengthLabel;
    QComboBox* m_kdf;
    QLabel* m_error;
    KdfProgress* m_busy;
    QPushButton* m_create;
    bool m_measured = false;
};

} // namespace scopevault
