#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace scopevault {

class AppSettings;

/// Preferences: idle lock time, clipboard clear delay, KDF preset for new vaults, language.
/// Stored with QSettings through AppSettings; nothing here is secret.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);

    void accept() override;

private:
    AppSettings& m_settings;
    QSpinBox* m_idle;
    QSpinBox* m_clipboard;
    QSpinBox* m_keychain;
    QComboBox* m_kdf;
    QComboBox* m_language;
};

} // namespace scopevault
