#pragma once

#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/VaultSession.h"
#include "vault/SystemClock.h"

#include <QPalette>
#include <QTemporaryDir>
#include <QWidget>

#include <functional>
#include <memory>

namespace scopevault::test {

/// The real main window over a real vault file in a temporary folder, with its settings in
/// that folder too (QSettings redirected), for GUI tests that find widgets by objectName.
class GuiHarness final
{
public:
    /// `clock`: the vault's clock (a FakeClock moves time); the system's when null.
    explicit GuiHarness(const Clock* clock = nullptr);
    ~GuiHarness();
    GuiHarness(const GuiHarness&) = delete;
    GuiHarness& operator=(const GuiHarness&) = delete;

    [[nodiscard]] MainWindow& window() { return *m_window; }
    [[nodiscard]] VaultSession& session() { return *m_session; }
    [[nodiscard]] AppSettings& settings() { return *m_settings; }
    [[nodiscard]] QString vaultPath() const { return m_dir.filePath(QStringLiteral("gui.svdb")); }
    [[nodiscard]] QString dir() const { return m_dir.path(); }

    template <typename T> [[nodiscard]] T* find(const char* name) const
    {
        return m_window->findChild<T*>(QString::fromLatin1(name));
    }

    /// Runs `act` on the next application-modal dialog as soon as it is open (for exec()'d
    /// dialogs, which block the caller until answered). Fails the test if none opens in time.
    static void onNextModal(std::function<void(QWidget*)> act, int timeoutMs = 10000);
    /// Opens the vault file in the window and unlocks it by typing the passphrase, as a user
    /// does; true once unlocked.
    [[nodiscard]] bool openAndUnlock(const QString& path, const QString& passphrase);
    /// The dark palette the screenshots use (a desktop's dark theme, as Breeze Dark looks).
    [[nodiscard]] static QPalette darkPalette();
    /// Saves `widget` as NAME.png in $SCOPEVAULT_SCREENSHOT_DIR (nothing when it is unset).
    static void screenshot(QWidget* widget, const QString& name);
    /// Runs `shots` with the dark palette (suffix "-dark"), then in German ("-de"), and puts
    /// the light palette and English back.
    static void inDarkAndGerman(const std::function<void(const QString& suffix)>& shots);
    /// Waits until the vault is unlocked and the secrets view is showing.
    [[nodiscard]] bool waitUnlocked(int timeoutMs = 20000);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    SystemClock m_clock;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace scopevault::test
