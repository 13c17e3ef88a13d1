#include "shell/SettingsDialog.h"

#include "shell/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace scopevault {

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_idle(new QSpinBox(this))
    , m_clipboard(new QSpinBox(this))
    , m_keychain(new QSpinBox(this))
    , m_kdf(new QComboBox(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_idle->setObjectName(QStringLiteral("idleLockSpin"));
    m_idle->setAccessibleName(tr("Lock after idle minutes"));
    m_idle->setRange(0, 240);
    m_idle->setSuffix(tr(" min"));
    m_idle->setSpecialValueText(tr("never"));
    m_idle->setValue((settings.idleLockSeconds() + 59) / 60);
    m_clipboard->setObjectName(QStringLiteral("clipboardClearSpin"));
    m_clipboard->setAccessibleName(tr("Clear clipboard after seconds"));
    m_clipboard->setRange(5, 600);
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setValue(settings.clipboardClearSeconds());
    m_keychain->setObjectName(QStringLiteral("keychainTimeoutSpin"));
    m_keychain->setAccessibleName(tr("Wait for the OS keychain, seconds"));
    m_keychain->setRange(1, 60);
    m_keychain->setSuffix(tr(" s"));
    m_keychain->setValue(settings.keychainTimeoutSeconds());
    m_kdf->setObjectName(QStringLiteral("defaultKdfCombo"));
    m_kdf->setAccessibleName(tr("Key derivation for new vaults"));
    m_kdf->addItem(tr("Interactive (64 MiB)"), QStringLiteral("interactive"));
    m_kdf->addItem(tr("Moderate (256 MiB, recommended)"), QStringLiteral("moderate"));
    m_kdf->addItem(tr("Sensitive (1 GiB)"), QStringLiteral("sensitive"));
    m_kdf->setCurrentIndex(qMax(0, m_kdf->findData(settings.defaultKdfPreset())));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));

    auto* form = new QFormLayout;
    form->addRow(tr("&Lock when idle for:"), m_idle);
    form->addRow(tr("&Clear copied values after:"), m_clipboard);
    form->addRow(tr("Wait for the OS &keychain:"), m_keychain);
    form->addRow(tr("Key &derivation for new vaults:"), m_kdf);
    form->addRow(tr("L&anguage:"), m_language);
    auto* note = new QLabel(
        tr("A new language and the keychain's wait apply the next time Scopevault starts."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_settings.setIdleLockSeconds(m_idle->value() * 60);
    m_settings.setClipboardClearSeconds(m_clipboard->value());
    m_settings.setKeychainTimeoutSeconds(m_keychain->value());
    m_settings.setDefaultKdfPreset(m_kdf->currentData().toString());
    m_settings.setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace scopevault
