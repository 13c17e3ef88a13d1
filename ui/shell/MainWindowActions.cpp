#include "shell/MainWindow.h"

#include "agents/AgentsView.h"
#include "audit/AuditView.h"
#include "bundles/BundlesView.h"
#include "imports/ImportDialog.h"
#include "rotation/RotationView.h"
#include "secrets/SecretsView.h"
#include "shell/ErrorText.h"
#include "shell/Icons.h"
#include "shell/KeychainDialog.h"
#include "shell/VaultSession.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QAction>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QToolBar>

#include <utility>

// The window's menus and toolbar (MainWindow.cpp holds the pages and their wiring).

namespace scopevault {

void MainWindow::showKeychain()
{
    KeychainDialog dialog(m_session, this);
    dialog.refresh();
    dialog.exec();
    refreshViews();
}

void MainWindow::confirmRollback()
{
    const std::optional<QString> warning = m_session.vault().rollbackWarning();
    if (!warning) {
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Older vault file"),
                    tr("%1.\n\nIf you restored it from a backup on purpose, keep it open: this "
                       "computer then takes it as the current copy. Otherwise lock it and find "
                       "the newer file.")
                        .arg(*warning),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("rollbackWarningBox"));
    QPushButton* keep = box.addButton(tr("&Keep it open"), QMessageBox::AcceptRole);
    QPushButton* lock = box.addButton(tr("&Lock"), QMessageBox::RejectRole);
    box.setDefaultButton(lock);
    box.exec();
    if (box.clickedButton() == keep) {
        try {
            m_session.vault().acceptRollback();
        } catch (const VaultError& error) {
            showError(ErrorText::describe(error));
        }
        return;
    }
    lockVault();
}

void MainWindow::buildMenus()
{
    const auto add = [this](QMenu* menu, const QString& text, const char* name,
                            const QKeySequence& shortcut, bool needsUnlock, auto slot) {
        QAction* action = menu->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        if (needsUnlock) {
            m_unlockedActions << action;
        }
        addAction(action); // shortcuts work whichever page has focus
        return action;
    };
    QMenu* vault = menuBar()->addMenu(tr("&Vault"));
    add(vault, tr("&New vault…"), "actionNewVault", QKeySequence(), false, &MainWindow::showCreate);
    add(vault, tr("&Open vault…"), "actionOpenVault", QKeySequence::Open, false,
        &MainWindow::chooseVaultFile);
    add(vault, tr("Open &demo vault"), "actionOpenDemo", QKeySequence(), false,
        &MainWindow::openDemo);
    vault->addSeparator();
    m_lockAction = add(vault, tr("&Lock"), "actionLock", QKeySequence(Qt::CTRL | Qt::Key_L), true,
                       &MainWindow::lockVault);
    m_lockAction->setIcon(Icons::get(Icons::Id::Lock));
    add(vault, tr("&Close vault"), "actionCloseVault", QKeySequence(), false, [this] {
        m_session.close();
        showWelcome();
    });
    add(vault, tr("OS &keychain…"), "actionKeychain", QKeySequence(), true,
        &MainWindow::showKeychain);
    vault->addSeparator();
    // Ctrl+, and Ctrl+Q also where the platform theme names no standard key for them.
    const auto withFallback = [](QKeySequence::StandardKey key, const QKeySequence& fallback) {
        QList<QKeySequence> keys = QKeySequence::keyBindings(key);
        if (!keys.contains(fallback)) {
            keys << fallback;
        }
        return keys;
    };
    add(vault, tr("&Settings…"), "actionSettings", QKeySequence(), false, &MainWindow::showSettings)
        ->setShortcuts(
            withFallback(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    add(vault, tr("&Quit"), "actionQuit", QKeySequence(), false, &QWidget::close)
        ->setShortcuts(withFallback(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));

    QMenu* secrets = menuBar()->addMenu(tr("&Secrets"));
    add(secrets, tr("&New secret…"), "actionNewSecret", QKeySequence::New, true, [this] {
        showSecrets();
        m_secrets->newSecret();
    })->setIcon(Icons::get(Icons::Id::New));
    add(secrets, tr("&Edit secret…"), "actionEditSecret", QKeySequence(Qt::CTRL | Qt::Key_E), true,
        [this] { m_secrets->editSecret(); });
    add(secrets, tr("&Reveal value"), "actionReveal", QKeySequence(Qt::CTRL | Qt::Key_R), true,
        [this] { m_secrets->revealSecret(true); })
        ->setIcon(Icons::get(Icons::Id::Reveal));
    add(secrets, tr("&Copy value"), "actionCopy", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        true, [this] { m_secrets->copySecret(); })
        ->setIcon(Icons::get(Icons::Id::Copy));
    add(secrets, tr("R&otate secret…"), "actionRotateSecret", QKeySequence(), true, [this] {
        const std::optional<SecretRef> ref =
            m_tabs->currentWidget() == m_rotation && !m_rotation->selectedReference().isEmpty()
                ? std::optional(SecretRef::parse(m_rotation->selectedReference()))
                : m_secrets->selectedSecret();
        if (ref) {
            m_rotation->rotate(*ref);
        }
    });
    add(secrets, tr("&Move secret…"), "actionMoveSecret", QKeySequence(), true,
        [this] { m_secrets->moveSecret(); });
    add(secrets, tr("&Delete secret…"), "actionDeleteSecret", QKeySequence::Delete, true,
        [this] { m_secrets->deleteSecret(); });
    add(secrets, tr("Who &accessed this?"), "actionWhoAccessed", QKeySequence(), true, [this] {
        if (const std::optional<SecretRef> ref = m_secrets->selectedSecret()) {
            m_tabs->setCurrentWidget(m_audit);
            m_audit->showTarget(ref->toString());
        }
    });
    secrets->addSeparator();
    add(secrets, tr("New pac&k…"), "actionNewPack", QKeySequence(), true, [this] {
        showSecrets();
        m_secrets->newPack();
    });
    add(secrets, tr("New ac&tion…"), "actionNewAction", QKeySequence(), true, [this] {
        showSecrets();
        m_secrets->newAction();
    });
    secrets->addSeparator();
    add(secrets, tr("Import skill &packs…"), "actionImportSkillpacks", QKeySequence(), true,
        [this] { showImport(static_cast<int>(ImportDialog::Kind::Skillpacks)); })
        ->setIcon(Icons::get(Icons::Id::Import));
    add(secrets, tr("Import .&env file…"), "actionImportDotenv", QKeySequence(), true,
        [this] { showImport(static_cast<int>(ImportDialog::Kind::Dotenv)); });
    add(secrets, tr("Import &AbstractCore config…"), "actionImportAbstractCore", QKeySequence(),
        true, [this] { showImport(static_cast<int>(ImportDialog::Kind::AbstractCore)); });

    QMenu* view = menuBar()->addMenu(tr("V&iew"));
    add(view, tr("O&verview"), "actionShowOverview", QKeySequence(Qt::CTRL | Qt::Key_0), true,
        &MainWindow::showOverview);
    add(view, tr("&Secrets"), "actionShowSecrets", QKeySequence(Qt::CTRL | Qt::Key_1), true,
        &MainWindow::showSecrets);
    add(view, tr("&Effective secrets"), "actionShowEffective", QKeySequence(Qt::CTRL | Qt::Key_2),
        true, [this] { showEffective(QString()); });
    add(view, tr("&Agents"), "actionShowAgents", QKeySequence(Qt::CTRL | Qt::Key_3), true,
        &MainWindow::showAgents);
    add(view, tr("&Permissions"), "actionShowMatrix", QKeySequence(Qt::CTRL | Qt::Key_4), true,
        &MainWindow::showMatrix);
    add(view, tr("Au&dit log"), "actionShowAudit", QKeySequence(Qt::CTRL | Qt::Key_5), true,
        [this] { m_tabs->setCurrentWidget(m_audit); });
    add(view, tr("R&otation schedule"), "actionShowRotation", QKeySequence(Qt::CTRL | Qt::Key_6),
        true, [this] { m_tabs->setCurrentWidget(m_rotation); });
    add(view, tr("&Bundles"), "actionShowBundles", QKeySequence(Qt::CTRL | Qt::Key_7), true,
        [this] { m_tabs->setCurrentWidget(m_bundles); });
    view->addSeparator();
    add(view, tr("Find…"), "actionFind", QKeySequence::Find, true, [this] {
        showSecrets();
        m_secrets->focusSearch();
    });

    QMenu* agents = menuBar()->addMenu(tr("&Agents"));
    add(agents, tr("&Add agent…"), "actionAddAgent", QKeySequence(), true, [this] {
        showAgents();
        m_agents->addAgent();
    })->setIcon(Icons::get(Icons::Id::AddAgent));
    add(agents, tr("&Grant access…"), "actionGrantAccess", QKeySequence(Qt::CTRL | Qt::Key_G), true,
        [this] {
            showAgents();
            m_agents->grantAccess();
        })
        ->setIcon(Icons::get(Icons::Id::Grant));
    add(agents, tr("&Suspend"), "actionSuspendAgent", QKeySequence(), true,
        [this] { m_agents->suspendAgent(); });
    add(agents, tr("&Resume"), "actionResumeAgent", QKeySequence(), true,
        [this] { m_agents->resumeAgent(); });
    add(agents, tr("Re&voke…"), "actionRevokeAgent", QKeySequence(), true,
        [this] { m_agents->revokeAgent(); });
    add(agents, tr("&Export bundle…"), "actionExportBundle",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), true,
        [this] {
            m_bundles->exportBundle(m_tabs->currentWidget() == m_agents ? m_agents->selectedAgent()
                                                                        : QString());
        })
        ->setIcon(Icons::get(Icons::Id::Export));
    add(agents, tr("A&ctivity"), "actionAgentActivity", QKeySequence(), true, [this] {
        const QString agent = m_agents->selectedAgent();
        if (!agent.isEmpty()) {
            m_tabs->setCurrentWidget(m_audit);
            m_audit->showActor(agent);
        }
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&About Scopevault"), "actionAbout", QKeySequence(), false, [this] {
        QMessageBox::about(this, tr("About Scopevault"),
                           tr("Scopevault %1\nAn encrypted vault for AI agents' credentials.")
                               .arg(QStringLiteral(SCOPEVAULT_VERSION)));
    });
    updateActions();
}

void MainWindow::buildToolBar()
{
    // The main actions with icons; each is the menu's action, so shortcuts and enabling agree.
    QToolBar* bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    // Short labels beside the icons (the menus keep the full text, shown as the tooltip).
    const std::pair<const char*, QString> buttons[] = {
        {"actionNewSecret", tr("New")},
        {"actionReveal", tr("Reveal")},
        {"actionCopy", tr("Copy")},
        {"", QString()},
        {"actionAddAgent", tr("Add agent")},
        {"actionGrantAccess", tr("Grant")},
        {"actionExportBundle", tr("Export")},
        {"", QString()},
        {"actionImportSkillpacks", tr("Import")},
        {"", QString()},
        {"actionLock", tr("Lock")},
    };
    for (const auto& [name, label] : buttons) {
        if (name[0] == '\0') {
            bar->addSeparator();
        } else if (auto* action = findChild<QAction*>(QString::fromLatin1(name))) {
            action->setIconText(label);
            action->setToolTip(QString(action->text()).remove(QLatin1Char('&')));
            bar->addAction(action);
        }
    }
}

} // namespace scopevault
