#include "shell/KeychainDialog.h"

#include "catalog/SettingsService.h"
#include "keychain/QuickUnlockService.h"
#include "secrets/SecretService.h"
#include "shell/ErrorText.h"
#include "shell/StatusColors.h"
#include "shell/VaultSession.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace scopevault {

KeychainDialog::KeychainDialog(VaultSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_quick(new QLabel(this))
    , m_anchor(new QLabel(this))
    , m_error(new QLabel(this))
    , m_secrets(new QTableWidget(this))
    , m_forget(new QPushButton(tr("&Forget quick unlock"), this))
    , m_enable(new QPushButton(tr("&Turn quick unlock on"), this))
{
    setObjectName(QStringLiteral("keychainDialog"));
    setWindowTitle(tr("OS keychain"));
    m_quick->setObjectName(QStringLiteral("keychainQuickLabel"));
    m_anchor->setObjectName(QStringLiteral("keychainAnchorLabel"));
    m_anchor->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("keychainError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(StatusColors::styleSheet(StatusColors::Tone::Bad, palette()));
    m_error->hide();
    m_forget->setObjectName(QStringLiteral("keychainForgetButton"));
    m_enable->setObjectName(QStringLiteral("keychainEnableButton"));
    m_secrets->setObjectName(QStringLiteral("keychainSecretsTable"));
    m_secrets->setColumnCount(2);
    m_secrets->setHorizontalHeaderLabels({tr("Secret"), tr("In the keychain")});
    m_secrets->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_secrets->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_secrets->verticalHeader()->hide();
    m_secrets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_secrets->setSelectionMode(QAbstractItemView::NoSelection);

    auto* form = new QFormLayout;
    auto* quickRow = new QHBoxLayout;
    quickRow->addWidget(m_quick, 1);
    quickRow->addWidget(m_enable);
    quickRow->addWidget(m_forget);
    form->addRow(tr("Quick unlock:"), quickRow);
    form->addRow(tr("Rollback anchor:"), m_anchor);
    auto* check = new QPushButton(tr("&Check again"), this);
    check->setObjectName(QStringLiteral("keychainCheckButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(check, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Secrets whose value is held in the OS keychain:"), this));
    layout->addWidget(m_secrets, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 420);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(check, &QPushButton::clicked, this, &KeychainDialog::refresh);
    connect(m_forget, &QPushButton::clicked, this, &KeychainDialog::forget);
    connect(m_enable, &QPushButton::clicked, this, &KeychainDialog::enable);
}

void KeychainDialog::refresh()
{
    m_error->hide();
    if (!m_session.isUnlocked()) {
        return;
    }
    VaultService& vault = m_session.vault();
    QStringList problems;
    try {
        const QuickUnlockService::Status quick = QuickUnlockService(vault).status();
        m_quick->setText(
            quick.enabled && quick.expires
                ? tr("On until %1")
                      .arg(QLocale().toString(quick.expires->toLocalTime(), QLocale::ShortFormat))
                : tr("Off"));
        m_forget->setVisible(quick.enabled);
        m_enable->setVisible(!quick.enabled && m_session.hasKeyStore());
        m_anchor->setText(
            SettingsService(vault).isOn(QString::fromLatin1(SettingsService::KeychainAnchor))
                ? tr("On: an older copy of the vault file is noticed when it is opened")
                : tr("Off (on by itself once the vault uses the keychain)"));
    } catch (const VaultError& error) {
        problems << ErrorText::describe(error);
    }
    m_secrets->setRowCount(0);
    try {
        const std::vector<KeychainEntry> entries = m_session.secrets().keychainEntries();
        m_secrets->setRowCount(static_cast<int>(entries.size()));
        int row = 0;
        for (const KeychainEntry& entry : entries) {
            m_secrets->setItem(row, 0, new QTableWidgetItem(entry.ref.toString()));
            QString state = tr("✓ Present");
            StatusColors::Tone tone = StatusColors::Tone::Good;
            if (entry.state == KeychainEntry::State::Missing) {
                state = tr("✗ Missing (or the keyring is locked)");
                tone = StatusColors::Tone::Bad;
            } else if (entry.state == KeychainEntry::State::Different) {
                state = tr("✗ Not the stored entry");
                tone = StatusColors::Tone::Bad;
            }
            auto* item = new QTableWidgetItem(state);
            item->setForeground(StatusColors::color(tone, palette()));
            m_secrets->setItem(row, 1, item);
            ++row;
        }
    } catch (const VaultError& error) {
        problems << ErrorText::describe(error);
    }
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        m_error->show();
    }
}

void KeychainDialog::forget()
{
    apply([this] { QuickUnlockService(m_session.vault()).forget(); });
}

void KeychainDialog::enable()
{
    apply([this] { QuickUnlockService(m_session.vault()).enable(); });
}

void KeychainDialog::apply(const std::function<void()>& change)
{
    try {
        change();
    } catch (const VaultError& error) {
        m_error->setText(ErrorText::describe(error));
        m_error->show();
        return;
    }
    refresh();
}

} // namespace scopevault
