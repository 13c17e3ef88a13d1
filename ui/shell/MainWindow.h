#pragma once

#include "secrets/SecretRef.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QFrame;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace scopevault {

class AgentsView;
class AppSettings;
class ClipboardGuard;
class CreateVaultPage;
class EffectiveView;
class IdleWatcher;
class PermissionMatrixView;
class AuditView;
class OverviewView;
class ViewSidebar;
class BundlesView;
class RotationView;
class SecretsView;
class UnlockPage;
class VaultSession;
class WelcomePage;

/// The application window: welcome, create and unlock pages, then the vault's views (secrets,
/// effective secrets of an action, agents, permission matrix). Wires menus and shortcuts to
/// the views and locks on request, on Ctrl+L and when idle.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(VaultSession& session, AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens `path` and shows the unlock page (or the error).
    void openVault(const QString& path);
    void openDemo();
    void lockVault();
    /// Re-reads the settings (idle time, clipboard delay).
    void applySettings();

    void showOverview();
    void showSecrets();
    void showEffective(const QString& action);
    void showAgents();
    void showMatrix();
    void showImport(int kind);
    void showSettings();
    /// The OS keychain dialog: quick unlock, the anchor, keychain-held secrets.
    void showKeychain();

private:
    void buildMenus();
    void buildToolBar();
    void connectOverview();
    void showWelcome();
    void showCreate();
    void chooseVaultFile();
    void vaultUnlocked();
    void vaultLocked();
    void refreshViews();
    /// "Rotation (3)": how many secrets are late or due, on the view's tab.
    void updateRotationTab();
    void updateSecretActions();
    void showRotationBanner();
    void showError(const QString& message);
    /// After an unlock: asks whether to keep a file older than the keychain's anchor open.
    void confirmRollback();
    void updateActions();
    [[nodiscard]] QString defaultVaultPath() const;

    VaultSession& m_session;
    AppSettings& m_settings;
    ClipboardGuard* m_clipboard;
    IdleWatcher* m_idle;
    QStackedWidget* m_pages;
    WelcomePage* m_welcome;
    CreateVaultPage* m_create;
    UnlockPage* m_unlock;
    QTabWidget* m_tabs;
    OverviewView* m_overview;
    ViewSidebar* m_sidebar = nullptr;
    SecretsView* m_secrets;
    EffectiveView* m_effective;
    AgentsView* m_agents;
    PermissionMatrixView* m_matrix;
    AuditView* m_audit;
    RotationView* m_rotation;
    BundlesView* m_bundles;
    QFrame* m_banner;
    QLabel* m_bannerText;
    QWidget* m_vaultPage = nullptr;
    QLabel* m_vaultLabel;
    QList<QAction*> m_unlockedActions;
    QString m_lockedPath;
    int m_lockedTab = -1;
    std::optional<SecretRef> m_lockedSecret;
    QAction* m_lockAction = nullptr;
};

} // namespace scopevault
