#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

namespace scopevault {

/// The desktop application's preferences, typed, over QSettings. Never holds a secret: only
/// times, a KDF preset name, a language and the paths of recently used vaults.
class AppSettings final
{
public:
    static constexpr int DefaultIdleLockSeconds = 5 * 60;
    static constexpr int DefaultClipboardClearSeconds = 20;
    static constexpr int DefaultKeychainTimeoutSeconds = 3;
    static constexpr int MaxRecentVaults = 8;

    AppSettings();

    /// Before the first AppSettings: moves the file of releases that kept it under the
    /// organisation "Scopevault" (~/.config/Scopevault/scopevault.conf) to where QSettings
    /// now looks (~/.config/scopevault/), once, unless a file is there already.
    static void adoptOldLocation();

    /// 0: never lock for idleness.
    [[nodiscard]] int idleLockSeconds() const;
    void setIdleLockSeconds(int seconds);
    [[nodiscard]] int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);
    /// How long the window waits for the OS keychain before giving up (1 to 60 s; applies the
    /// next time Scopevault starts).
    [[nodiscard]] int keychainTimeoutSeconds() const;
    void setKeychainTimeoutSeconds(int seconds);
    /// A KdfParams preset name ("interactive", "moderate", "sensitive").
    [[nodiscard]] QString defaultKdfPreset() const;
    void setDefaultKdfPreset(const QString& preset);
    /// "" follows the system locale; else a language code ("en", "de").
    [[nodiscard]] QString language() const;
    void setLanguage(const QString& language);
    /// Most recent first.
    [[nodiscard]] QStringList recentVaults() const;
    void addRecentVault(const QString& path);

private:
    QSettings m_settings;
};

} // namespace scopevault
