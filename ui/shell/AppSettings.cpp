#include "shell/AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace scopevault {

namespace {

const QString IdleLockKey = QStringLiteral("security/idleLockSeconds");
const QString ClipboardKey = QStringLiteral("security/clipboardClearSeconds");
const QString KdfKey = QStringLiteral("vault/defaultKdf");
const QString KeychainTimeoutKey = QStringLiteral("security/keychainTimeoutSeconds");
const QString LanguageKey = QStringLiteral("ui/language");
const QString RecentKey = QStringLiteral("vault/recent");

} // namespace

AppSettings::AppSettings() = default;

void AppSettings::adoptOldLocation()
{
    const QString now = QSettings().fileName();
    const QString old = QSettings(QSettings::NativeFormat, QSettings::UserScope,
                                  QStringLiteral("Scopevault"), QCoreApplication::applicationName())
                            .fileName();
    if (old == now || !QFileInfo::exists(old) || QFileInfo::exists(now)) {
        return;
    }
    QDir().mkpath(QFileInfo(now).absolutePath());
    if (QFile::rename(old, now)) {
        QDir().rmdir(QFileInfo(old).absolutePath()); // only when nothing else is in it
    }
}

int AppSettings::idleLockSeconds() const
{
    return qMax(0, m_settings.value(IdleLockKey, DefaultIdleLockSeconds).toInt());
}

void AppSettings::setIdleLockSeconds(int seconds)
{
    m_settings.setValue(IdleLockKey, qMax(0, seconds));
}

int AppSettings::clipboardClearSeconds() const
{
    return qMax(1, m_settings.value(ClipboardKey, DefaultClipboardClearSeconds).toInt());
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    m_settings.setValue(ClipboardKey, qMax(1, seconds));
}

int AppSettings::keychainTimeoutSeconds() const
{
    return qBound(1, m_settings.value(KeychainTimeoutKey, DefaultKeychainTimeoutSeconds).toInt(),
                  60);
}

void AppSettings::setKeychainTimeoutSeconds(int seconds)
{
    m_settings.setValue(KeychainTimeoutKey, qBound(1, seconds, 60));
}

QString AppSettings::defaultKdfPreset() const
{
    return m_settings.value(KdfKey, QStringLiteral("moderate")).toString();
}

void AppSettings::setDefaultKdfPreset(const QString& preset)
{
    m_settings.setValue(KdfKey, preset);
}

QString AppSettings::language() const
{
    return m_settings.value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings.setValue(LanguageKey, language);
}

QStringList AppSettings::recentVaults() const
{
    return m_settings.value(RecentKey).toStringList();
}

void AppSettings::addRecentVault(const QString& path)
{
    QStringList recent = recentVaults();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentVaults) {
        recent.removeLast();
    }
    m_settings.setValue(RecentKey, recent);
}

} // namespace scopevault
