#include "start/UnlockPage.h"
#include "shell/StatusColors.h"
#include "start/KdfProgress.h"

#include "SecureBuffer.h"
#include "shell/VaultSession.h"
#include "vault/DemoVault.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace scopevault {

UnlockPage::UnlockPage(VaultSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_file(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_busy(new KdfProgress(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_close(new QPushButton(tr("Open &another vault…"), this))
    , m_remember(new QCheckBox(tr("&Remember on this computer (OS keychain)"), this))
    , m_keychain(new QPushButton(tr("Unlock with OS &keychain"), this))
{
    setObjectName(QStringLiteral("unlockPage"));
    auto* title = new QLabel(tr("Unlock vault"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    m_file->setObjectName(QStringLiteral("unlockFileLabel"));
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* prompt = new QLabel(tr("&Passphrase:"), this);
    prompt->setBuddy(m_passphrase);
    m_passphrase->setObjectName(QStringLiteral("unlockPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setMinimumWidth(320);
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setStyleSheet(StatusColors::styleSheet(StatusColors::Tone::Bad, palette()));
    m_error->setWordWrap(true);
    m_error->hide();
    m_busy->setObjectName(QStringLiteral("unlockBusy"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_close->setObjectName(QStringLiteral("closeVaultButton"));

    m_remember->setObjectName(QStringLiteral("unlockRememberCheck"));
    m_remember->setToolTip(tr("Keeps a key in the OS keychain that opens this vault without the "
                              "passphrase until the vault's quick unlock lifetime (14 days by "
                              "default) ends, or the passphrase changes."));
    m_keychain->setObjectName(QStringLiteral("unlockKeychainButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    buttons->addWidget(m_keychain);
    buttons->addWidget(m_unlock);
    auto* box = new QWidget(this);
    box->setFixedWidth(520);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(title);
    boxLayout->addWidget(m_file);
    boxLayout->addSpacing(12);
    boxLayout->addWidget(prompt);
    auto* show = new QCheckBox(tr("Sho&w passphrase"), box);
    show->setObjectName(QStringLiteral("unlockShowCheck"));
    connect(show, &QCheckBox::toggled, this, [this](bool on) {
        m_passphrase->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    boxLayout->addWidget(m_passphrase);
    boxLayout->addWidget(show);
    boxLayout->addWidget(m_remember);
    boxLayout->addWidget(m_busy);
    boxLayout->addWidget(m_error);
    boxLayout->addSpacing(12);
    boxLayout->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::unlock);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlock);
    connect(m_close, &QPushButton::clicked, this, &UnlockPage::closeRequested);
    connect(m_keychain, &QPushButton::clicked, this, [this] {
        m_error->hide();
        m_session.unlockWithKeychain();
    });
    connect(&m_session, &VaultSession::busyChanged, this, &UnlockPage::setBusy);
    connect(&m_session, &VaultSession::failed, this, [this](const QString& message) {
        if (!isVisible()) {
            return;
        }
        m_error->setText(message);
        // A wrapped label in this centred box is not given the height of its lines by itself.
        m_error->setMinimumHeight(m_error->heightForWidth(m_passphrase->width()));
        m_error->show();
        m_passphrase->selectAll();
        m_passphrase->setFocus();
    });
}

void UnlockPage::prepare()
{
    m_file->setText(m_session.isDemo() ? tr("The demo vault (temporary). Its passphrase is \"%1\".")
                                             .arg(QString::fromLatin1(DemoVault::Passphrase))
                                       : m_session.path());
    m_passphrase->clear();
    // Shown once does not mean shown next time.
    if (auto* show = findChild<QCheckBox*>(QStringLiteral("unlockShowCheck"))) {
        show->setChecked(false);
    }
    m_error->hide();
    m_remember->setChecked(false);
    m_remember->setVisible(m_session.hasKeyStore() && !m_session.isDemo());
    m_keychain->setVisible(m_session.quickUnlockAvailable());
    m_passphrase->setFocus();
}

void UnlockPage::unlock()
{
    m_error->hide();
    QByteArray bytes = m_passphrase->text().toUtf8();
    SecureBuffer passphrase = SecureBuffer::copyOf(bytes);
    bytes.fill('\0');
    m_session.unlockAsync(std::move(passphrase),
                          m_remember->isVisible() && m_remember->isChecked());
}

void UnlockPage::setBusy(bool busy)
{
    if (busy) {
        m_busy->start(tr("Unlocking…"));
    } else {
        m_busy->stop();
    }
    m_unlock->setEnabled(!busy);
    m_close->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    m_keychain->setEnabled(!busy);
    m_remember->setEnabled(!busy);
    if (!busy) {
        m_passphrase->clear();
    }
}

} // namespace scopevault
