#include "start/CreateVaultPage.h"
#include "shell/StatusColors.h"
#include "start/KdfProgress.h"

#include "crypto/KdfParams.h"
#include "shell/KdfRunner.h"
#include "shell/VaultSession.h"
#include "start/PassphraseStrength.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace scopevault {

namespace {

SecureBuffer secureText(const QLineEdit* edit)
{
    QByteArray bytes = edit->text().toUtf8();
    SecureBuffer result = SecureBuffer::copyOf(bytes);
    bytes.fill('\0');
    return result;
}

double cost(const KdfParams& params)
{
    return static_cast<double>(params.opsLimit) * static_cast<double>(params.memLimitBytes);
}

} // namespace

CreateVaultPage::CreateVaultPage(VaultSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_strength(new QProgressBar(this))
    , m_strengthLabel(new QLabel(this))
    , m_kdf(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_busy(new KdfProgress(this))
    , m_create(new QPushButton(tr("C&reate vault"), this))
{
    setObjectName(QStringLiteral("createVaultPage"));
    auto* title = new QLabel(tr("Create a vault"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto* advice = new QLabel(
        tr("The passphrase is the only way into the vault: nobody can recover it. Four or five "
           "random words are strong and easy to type."),
        this);
    advice->setWordWrap(true);
    m_path->setObjectName(QStringLiteral("vaultPathEdit"));
    m_path->setAccessibleName(tr("Vault file"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("vaultPathBrowse"));
    m_passphrase->setObjectName(QStringLiteral("newPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_repeat->setObjectName(QStringLiteral("repeatPassphraseEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat passphrase"));
    m_strength->setObjectName(QStringLiteral("strengthBar"));
    m_strength->setRange(0, PassphraseStrength::Strong + 1);
    m_strength->setTextVisible(false);
    m_strength->setMaximumHeight(8);
    m_strength->setAccessibleName(tr("Passphrase strength"));
    m_strengthLabel->setObjectName(QStringLiteral("strengthLabel"));
    m_kdf->setObjectName(QStringLiteral("kdfPresetCombo"));
    m_kdf->setAccessibleName(tr("Key derivation cost"));
    for (const char* preset : {"interactive", "moderate", "sensitive"}) {
        m_kdf->addItem(QString(), QString::fromLatin1(preset));
    }
    m_error->setObjectName(QStringLiteral("createError"));
    m_error->setStyleSheet(StatusColors::styleSheet(StatusColors::Tone::Bad, palette()));
    m_error->setWordWrap(true);
    m_error->hide();
    m_busy->setObjectName(QStringLiteral("createBusy"));
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    auto* cancel = new QPushButton(tr("&Back"), this);
    cancel->setObjectName(QStringLiteral("createCancelButton"));

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* strengthBox = new QHBoxLayout;
    strengthBox->addWidget(m_strength, 1);
    strengthBox->addWidget(m_strengthLabel);
    m_strengthLabel->setMinimumWidth(m_strengthLabel->fontMetrics().averageCharWidth() * 18);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    auto* form = new QFormLayout;
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("Re&peat:"), m_repeat);
    form->addRow(tr("Strength:"), strengthBox);
    form->addRow(tr("&Unlock cost:"), m_kdf);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_create);
    auto* box = new QWidget(this);
    box->setFixedWidth(640);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(title);
    boxLayout->addWidget(advice);
    boxLayout->addSpacing(8);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_busy);
    boxLayout->addWidget(m_error);
    boxLayout->addSpacing(8);
    boxLayout->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    setTabOrder(m_path, browse);
    setTabOrder(browse, m_passphrase);
    setTabOrder(m_passphrase, m_repeat);
    setTabOrder(m_repeat, m_kdf);
    setTabOrder(m_kdf, m_create);
    setTabOrder(m_create, cancel);

    connect(m_passphrase, &QLineEdit::textChanged, this, &CreateVaultPage::updateStrength);
    connect(m_repeat, &QLineEdit::returnPressed, this, &CreateVaultPage::create);
    connect(m_create, &QPushButton::clicked, this, &CreateVaultPage::create);
    connect(cancel, &QPushButton::clicked, this, &CreateVaultPage::cancelled);
    connect(browse, &QPushButton::clicked, this, &CreateVaultPage::browse);
    connect(&m_session, &VaultSession::busyChanged, this, &CreateVaultPage::setBusy);
    connect(&m_session, &VaultSession::failed, this, [this](const QString& message) {
        if (isVisible()) {
            m_error->setText(message);
            m_error->show();
        }
    });
    for (int i = 0; i < m_kdf->count(); ++i) {
        const KdfParams params = KdfParams::fromPreset(m_kdf->itemData(i).toString());
        m_kdf->setItemText(i, tr("%1 — %2").arg(m_kdf->itemData(i).toString(), params.describe()));
    }
    updateStrength();
}

void CreateVaultPage::prepare(const QString& path, const QString& preset)
{
    m_path->setText(path);
    m_passphrase->clear();
    m_repeat->clear();
    m_error->hide();
    m_kdf->setCurrentIndex(qMax(0, m_kdf->findData(preset)));
    m_passphrase->setFocus();
    measurePresets();
}

void CreateVaultPage::measurePresets()
{
    if (m_measured) {
        return;
    }
    m_measured = true;
    // Measure the cheapest preset for real, off the GUI thread, and scale it by cost for the
    // others (Argon2id time grows with passes × memory); measuring 1 GiB would take seconds.
    const KdfParams base = KdfParams::fromPreset(QStringLiteral("interactive"));
    KdfRunner::measure(this, base, [this, base](qint64 ms) {
        if (ms < 0) {
            return;
        }
        for (int i = 0; i < m_kdf->count(); ++i) {
            const QString preset = m_kdf->itemData(i).toString();
            const double estimate =
                static_cast<double>(ms) * cost(KdfParams::fromPreset(preset)) / cost(base);
            m_kdf->setItemText(
                i, tr("%1 — about %2 s to unlock here")
                       .arg(preset, QLocale().toString(qMax(0.1, estimate / 1000.0), 'f', 1)));
        }
    });
}

void CreateVaultPage::updateStrength()
{
    const PassphraseStrength strength = PassphraseStrength::estimate(secureText(m_passphrase));
    m_strength->setValue(m_passphrase->text().isEmpty() ? 0 : strength.score() + 1);
    m_strengthLabel->setText(m_passphrase->text().isEmpty() ? tr("Enter a passphrase")
                                                            : strength.describe());
    static const char* const colors[] = {"#c01c28", "#e66100", "#e5a50a", "#26a269", "#1a7f4b"};
    m_strength->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }")
                                  .arg(QLatin1String(colors[strength.score()])));
}

void CreateVaultPage::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New vault file"), m_path->text(),
                                                      tr("Scopevault vaults (*.svdb)"));
    if (!path.isEmpty()) {
        m_path->setText(path);
    }
}

void CreateVaultPage::create()
{
    m_error->hide();
    QString problem;
    if (m_path->text().trimmed().isEmpty()) {
        problem = tr("Choose where the vault file goes.");
    } else if (m_passphrase->text().isEmpty()) {
        problem = tr("Choose a passphrase.");
    } else if (m_passphrase->text() != m_repeat->text()) {
        problem = tr("The two passphrases differ.");
    } else if (PassphraseStrength::estimate(secureText(m_passphrase)).score() <
               PassphraseStrength::Fair) {
        problem = tr("This passphrase is too easy to guess. Add words or characters until the "
                     "strength is at least Fair.");
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    const KdfParams params = KdfParams::fromPreset(m_kdf->currentData().toString());
    m_session.createAsync(m_path->text().trimmed(), secureText(m_passphrase), params);
    m_passphrase->clear();
    m_repeat->clear();
}

void CreateVaultPage::setBusy(bool busy)
{
    if (busy && isVisible()) {
        m_busy->start(tr("Creating the vault…"));
    } else {
        m_busy->stop();
    }
    m_create->setEnabled(!busy);
}

} // namespace scopevault
