#include "shell/MainWindow.h"
#include "shell/ErrorText.h"

#include "agents/AgentsView.h"
#include "agents/PermissionMatrixView.h"
#include "audit/AuditView.h"
#include "bundles/BundlesView.h"
#include "effective/EffectiveView.h"
#include "imports/ImportDialog.h"
#include "overview/OverviewView.h"
#include "rotation/RotationView.h"
#include "secrets/SecretsView.h"
#include "shell/AppSettings.h"
#include "shell/ClipboardGuard.h"
#include "shell/Icons.h"
#include "shell/IdleWatcher.h"
#include "shell/SettingsDialog.h"
#include "shell/VaultSession.h"
#include "shell/ViewSidebar.h"
#include "start/CreateVaultPage.h"
#include "start/UnlockPage.h"
#include "start/WelcomePage.h"
#include "vault/VaultError.h"
#include "vault/VaultLocation.h"
#include "vault/VaultService.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace scopevault {

MainWindow::MainWindow(VaultSession& session, AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_clipboard(new ClipboardGuard(this))
    , m_idle(new IdleWatcher(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_create(new CreateVaultPage(session, this))
    , m_unlock(new UnlockPage(session, this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewView(session, this))
    , m_secrets(new SecretsView(session, *m_clipboard, this))
    , m_effective(new EffectiveView(session, this))
    , m_agents(new AgentsView(session, this))
    , m_matrix(new PermissionMatrixView(session, this))
    , m_audit(new AuditView(session, this))
    , m_rotation(new RotationView(session, this))
    , m_bundles(new BundlesView(session, this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(this))
    , m_vaultLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Scopevault"));
    setWindowIcon(Icons::application());
    setUnifiedTitleAndToolBarOnMac(true);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_tabs->setObjectName(QStringLiteral("vaultViewTabs"));
    // The views, listed in the sidebar (which replaces the tab bar).
    m_tabs->addTab(m_overview, Icons::get(Icons::Id::Overview), tr("O&verview"));
    m_tabs->addTab(m_secrets, Icons::get(Icons::Id::Secrets), tr("&Secrets"));
    m_tabs->addTab(m_effective, Icons::get(Icons::Id::Effective), tr("&Effective"));
    m_tabs->addTab(m_agents, Icons::get(Icons::Id::Agents), tr("&Agents"));
    m_tabs->addTab(m_matrix, Icons::get(Icons::Id::Permissions), tr("&Permissions"));
    m_tabs->addTab(m_bundles, Icons::get(Icons::Id::Bundles), tr("&Bundles"));
    m_tabs->addTab(m_audit, Icons::get(Icons::Id::Audit), tr("Au&dit log"));
    m_tabs->addTab(m_rotation, Icons::get(Icons::Id::Rotation), tr("R&otation"));
    m_tabs->setDocumentMode(true);
    m_sidebar = new ViewSidebar(m_tabs, this);
    // Above the views: what needs rotating now, shown after unlocking (as KeePassXC shows
    // expiring entries).
    m_banner->setObjectName(QStringLiteral("rotationBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_bannerText->setObjectName(QStringLiteral("rotationBannerText"));
    m_bannerText->setWordWrap(true);
    auto* bannerShow = new QPushButton(tr("Sho&w"), m_banner);
    bannerShow->setObjectName(QStringLiteral("rotationBannerShow"));
    auto* bannerClose = new QPushButton(tr("Dis&miss"), m_banner);
    bannerClose->setObjectName(QStringLiteral("rotationBannerDismiss"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(bannerShow);
    bannerLayout->addWidget(bannerClose);
    m_banner->hide();
    connect(bannerShow, &QPushButton::clicked, this, [this] {
        m_tabs->setCurrentWidget(m_rotation);
        m_banner->hide();
    });
    connect(bannerClose, &QPushButton::clicked, m_banner, &QWidget::hide);
    auto* vaultPage = new QWidget(this);
    vaultPage->setObjectName(QStringLiteral("vaultTabs"));
    auto* viewColumn = new QVBoxLayout;
    viewColumn->setContentsMargins(0, 0, 0, 0);
    viewColumn->addWidget(m_banner);
    viewColumn->addWidget(m_tabs, 1);
    auto* vaultLayout = new QHBoxLayout(vaultPage);
    vaultLayout->setContentsMargins(0, 0, 0, 0);
    vaultLayout->addWidget(m_sidebar);
    vaultLayout->addLayout(viewColumn, 1);
    m_vaultPage = vaultPage;
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_create);
    m_pages->addWidget(m_unlock);
    m_pages->addWidget(vaultPage);
    setCentralWidget(m_pages);
    m_vaultLabel->setObjectName(QStringLiteral("vaultStatusLabel"));
    statusBar()->addPermanentWidget(m_vaultLabel);
    buildMenus();
    buildToolBar();
    const auto actions = [this](std::initializer_list<const char*> names) {
        QList<QAction*> found;
        for (const char* name : names) {
            found << findChild<QAction*>(QString::fromLatin1(name));
        }
        return found;
    };
    m_secrets->setContextActions(
        actions({"actionReveal", "actionCopy", "actionEditSecret", "actionRotateSecret",
                 "actionMoveSecret", "actionWhoAccessed"}));
    m_agents->setContextActions(
        actions({"actionSuspendAgent", "actionResumeAgent", "actionAgentActivity"}));

    connect(m_welcome, &WelcomePage::createRequested, this, &MainWindow::showCreate);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseVaultFile);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openVault);
    connect(m_create, &CreateVaultPage::cancelled, this, &MainWindow::showWelcome);
    connect(m_unlock, &UnlockPage::closeRequested, this, [this] {
        m_session.close();
        showWelcome();
    });
    connect(&m_session, &VaultSession::unlocked, this, &MainWindow::vaultUnlocked);
    connect(&m_session, &VaultSession::locked, this, &MainWindow::vaultLocked);
    connect(&m_session, &VaultSession::changed, this, &MainWindow::refreshViews);
    connect(&m_session, &VaultSession::warning, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    connect(&m_session, &VaultSession::lockNotRecorded, this, [this](const QString& message) {
        showError(
            tr("The vault is locked, but the audit log could not record it:\n%1").arg(message));
    });
    connect(&m_session, &VaultSession::failed, this, [this](const QString& message) {
        if (m_pages->currentWidget() == m_welcome) {
            showError(message); // the demo vault could not be built
        }
    });
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        lockVault();
        statusBar()->showMessage(tr("Locked after being idle."));
    });
    connect(m_secrets, &SecretsView::errorOccurred, this, &MainWindow::showError);
    connect(m_audit, &AuditView::errorOccurred, this, &MainWindow::showError);
    connect(m_audit, &AuditView::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    // The audit and bundles views read the log and the registry when they are shown, not on
    // every change.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_overview) {
            m_overview->verifyIfStale();
        } else if (m_tabs->currentWidget() == m_audit) {
            m_audit->refresh();
        } else if (m_tabs->currentWidget() == m_bundles) {
            m_bundles->refresh();
        }
    });
    connect(m_bundles, &BundlesView::errorOccurred, this, &MainWindow::showError);
    connect(m_bundles, &BundlesView::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_agents, &AgentsView::errorOccurred, this, &MainWindow::showError);
    connect(m_rotation, &RotationView::errorOccurred, this, &MainWindow::showError);
    connect(m_rotation, &RotationView::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_rotation, &RotationView::secretSelected, m_secrets, &SecretsView::selectSecret);
    connect(m_rotation, &RotationView::secretRequested, this, [this](const SecretRef& ref) {
        showSecrets();
        m_secrets->selectSecret(ref);
    });
    connect(m_matrix, &PermissionMatrixView::errorOccurred, this, &MainWindow::showError);
    connect(m_secrets, &SecretsView::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_agents, &AgentsView::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_secrets, &SecretsView::effectiveRequested, this, &MainWindow::showEffective);
    connect(m_secrets, &SecretsView::selectionChanged, this, &MainWindow::updateSecretActions);
    connect(m_agents, &AgentsView::createRequested, this, [this](const SecretRef& ref) {
        showSecrets();
        m_secrets->newSecret(ref);
    });
    connect(m_effective, &EffectiveView::createRequested, this, [this](const SecretRef& ref) {
        showSecrets();
        m_secrets->newSecret(ref);
    });
    connect(m_effective, &EffectiveView::secretRequested, this, [this](const SecretRef& ref) {
        showSecrets();
        m_secrets->selectSecret(ref);
    });
    connectOverview();
    connect(m_clipboard, &ClipboardGuard::cleared, this,
            [this] { statusBar()->showMessage(tr("Clipboard cleared."), 5000); });

    applySettings();
    resize(1100, 720);
    showWelcome();
}

MainWindow::~MainWindow()
{
    m_clipboard->clearIfOurs();
}

QString MainWindow::defaultVaultPath() const
{
    return VaultLocation::defaultPath();
}

void MainWindow::applySettings()
{
    m_idle->setTimeoutMs(m_settings.idleLockSeconds() * 1000);
    m_secrets->setClipboardDelayMs(m_settings.clipboardClearSeconds() * 1000);
}

void MainWindow::updateActions()
{
    const bool unlocked = m_session.isUnlocked();
    for (QAction* action : m_unlockedActions) {
        action->setEnabled(unlocked);
    }
    updateSecretActions();
    m_vaultLabel->setText(!m_session.isOpen() ? QString()
                          : unlocked          ? tr("%1 — unlocked").arg(m_session.path())
                                              : tr("%1 — locked").arg(m_session.path()));
    if (m_session.isDemo() && unlocked) {
        m_vaultLabel->setText(tr("Demo vault (temporary) — unlocked"));
    }
}

void MainWindow::showWelcome()
{
    m_welcome->setRecentVaults(m_settings.recentVaults());
    m_pages->setCurrentWidget(m_welcome);
    updateActions();
}

void MainWindow::showCreate()
{
    if (m_session.isUnlocked()) {
        m_session.close();
    }
    QString path = defaultVaultPath();
    if (QFileInfo::exists(path)) {
        path = QFileInfo(path).absolutePath() + QStringLiteral("/new-vault.svdb");
    }
    m_create->prepare(path, m_settings.defaultKdfPreset());
    m_pages->setCurrentWidget(m_create);
    updateActions();
}

void MainWindow::chooseVaultFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open vault"), QFileInfo(defaultVaultPath()).absolutePath(),
        tr("Scopevault vaults (*.svdb);;All files (*)"));
    if (!path.isEmpty()) {
        openVault(path);
    }
}

void MainWindow::openVault(const QString& path)
{
    try {
        m_session.openFile(path);
    } catch (const VaultError& error) {
        showWelcome();
        showError(ErrorText::describe(error));
        return;
    }
    m_settings.addRecentVault(path);
    m_unlock->prepare();
    m_pages->setCurrentWidget(m_unlock);
    updateActions();
}

void MainWindow::openDemo()
{
    m_session.openDemoAsync();
}

void MainWindow::lockVault()
{
    m_session.lock();
}

void MainWindow::vaultUnlocked()
{
    if (!m_session.isDemo()) {
        m_settings.addRecentVault(m_session.path());
    }
    refreshViews();
    m_pages->setCurrentWidget(m_vaultPage);
    // Unlocking the vault that was locked comes back to where the user was.
    if (m_lockedPath == m_session.path() && m_lockedTab >= 0) {
        m_tabs->setCurrentIndex(m_lockedTab);
        if (m_lockedSecret) {
            m_secrets->selectSecret(*m_lockedSecret);
        }
    } else {
        showSecrets();
    }
    m_lockedPath.clear();
    showRotationBanner();
    m_idle->start();
    updateActions();
    confirmRollback();
}

void MainWindow::vaultLocked()
{
    m_idle->stop();
    m_clipboard->clearIfOurs();
    // Where the user was (no value: only the view and the selected reference).
    m_lockedPath = m_session.isOpen() ? m_session.path() : QString();
    m_lockedTab = m_tabs->currentIndex();
    m_lockedSecret = m_secrets->selectedSecret();
    m_secrets->clear();
    m_effective->clear();
    m_agents->clear();
    m_matrix->clear();
    m_audit->clear();
    m_rotation->clear();
    m_bundles->clear();
    m_overview->clear();
    m_banner->hide();
    updateRotationTab();
    if (m_session.isOpen()) {
        m_unlock->prepare();
        m_pages->setCurrentWidget(m_unlock);
    } else {
        showWelcome();
    }
    updateActions();
}

void MainWindow::refreshViews()
{
    if (!m_session.isUnlocked()) {
        return;
    }
    try {
        // One listing (it decrypts every secret's metadata) feeds every view.
        std::vector<SecretInfo> secrets = m_session.secrets().listSecrets(std::nullopt);
        const SecretIndex index(secrets);
        m_rotation->refresh(secrets);
        updateRotationTab();
        m_overview->refresh(secrets);
        if (m_tabs->currentWidget() == m_overview) {
            m_overview->verifyIfStale();
        }
        m_secrets->refresh(std::move(secrets));
        m_effective->refresh(index);
        m_agents->refresh(index);
        m_matrix->refresh();
        if (m_tabs->currentWidget() == m_audit) {
            m_audit->refresh();
        } else if (m_tabs->currentWidget() == m_bundles) {
            m_bundles->refresh();
        }
    } catch (const VaultError& error) {
        showError(ErrorText::describe(error));
    }
}

void MainWindow::updateSecretActions()
{
    // What acts on one secret is offered only when one is selected.
    const bool selected = m_session.isUnlocked() && m_secrets->selectedSecret().has_value();
    for (const char* name : {"actionEditSecret", "actionReveal", "actionCopy", "actionRotateSecret",
                             "actionMoveSecret", "actionDeleteSecret", "actionWhoAccessed"}) {
        if (auto* action = findChild<QAction*>(QString::fromLatin1(name))) {
            action->setEnabled(selected);
        }
    }
}

void MainWindow::updateRotationTab()
{
    const int late = m_rotation->lateCount();
    const int due = m_rotation->dueCount();
    m_tabs->setTabText(m_tabs->indexOf(m_rotation),
                       late + due == 0 ? tr("R&otation") : tr("R&otation (%1)").arg(late + due));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_rotation),
                          tr("%1 overdue or expired, %2 due soon").arg(late).arg(due));
    m_sidebar->sync();
}

void MainWindow::showRotationBanner()
{
    const int late = m_rotation->lateCount();
    const int due = m_rotation->dueCount();
    if (late + due == 0) {
        m_banner->hide();
        return;
    }
    QStringList parts;
    if (late > 0) {
        parts << (late == 1 ? tr("1 secret overdue or expired")
                            : tr("%1 secrets overdue or expired").arg(late));
    }
    if (due > 0) {
        parts << (due == 1 ? tr("1 due soon") : tr("%1 due soon").arg(due));
    }
    m_bannerText->setText(tr("Rotation: %1.").arg(parts.join(tr(", "))));
    m_banner->show();
}

void MainWindow::connectOverview()
{
    connect(m_overview, &OverviewView::errorOccurred, this, &MainWindow::showError);
    connect(m_overview, &OverviewView::agentRequested, this, [this](const QString& agent) {
        showAgents();
        m_agents->selectAgent(agent);
    });
    connect(m_overview, &OverviewView::createRequested, this, [this](const SecretRef& ref) {
        showSecrets();
        m_secrets->newSecret(ref);
    });
    connect(m_overview, &OverviewView::secretRequested, this, [this](const SecretRef& ref) {
        m_tabs->setCurrentWidget(m_rotation);
        m_rotation->selectSecret(ref.toString());
    });
    connect(m_overview, &OverviewView::bundlesRequested, this,
            [this] { m_tabs->setCurrentWidget(m_bundles); });
    connect(m_overview, &OverviewView::viewRequested, this, [this](const QString& view) {
        const QMap<QString, QWidget*> views{{QStringLiteral("secrets"), m_secrets},
                                            {QStringLiteral("effective"), m_effective},
                                            {QStringLiteral("agents"), m_agents},
                                            {QStringLiteral("permissions"), m_matrix},
                                            {QStringLiteral("bundles"), m_bundles}};
        if (QWidget* widget = views.value(view)) {
            m_tabs->setCurrentWidget(widget);
        }
    });
    connect(m_overview, &OverviewView::auditRequested, this, [this](qint64 seq) {
        m_tabs->setCurrentWidget(m_audit);
        m_audit->goToEvent(seq);
    });
}

void MainWindow::showOverview()
{
    m_tabs->setCurrentWidget(m_overview);
}

void MainWindow::showSecrets()
{
    m_tabs->setCurrentWidget(m_secrets);
}

void MainWindow::showEffective(const QString& action)
{
    if (!action.isEmpty()) {
        m_effective->showAction(action);
    }
    m_tabs->setCurrentWidget(m_effective);
}

void MainWindow::showAgents()
{
    m_tabs->setCurrentWidget(m_agents);
}

void MainWindow::showMatrix()
{
    m_tabs->setCurrentWidget(m_matrix);
}

void MainWindow::showImport(int kind)
{
    if (!m_session.isUnlocked()) {
        return;
    }
    QStringList scopes;
    for (const Scope& scope : m_session.vault().catalog().scopes()) {
        scopes << scope.toString();
    }
    ImportDialog dialog(m_session, static_cast<ImportDialog::Kind>(kind), scopes, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted) {
        applySettings();
    }
}

void MainWindow::showError(const QString& message)
{
    // Not modal to the whole application: a failing write must never leave a test or a user
    // stuck behind a box; the status bar keeps the text too.
    statusBar()->showMessage(message, 15000);
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Scopevault"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace scopevault
