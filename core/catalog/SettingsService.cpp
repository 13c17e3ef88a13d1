#include "catalog/SettingsService.h"
#include "audit/AuditAction.h"

#include "store/StoreAccess.h"
#include "store/VaultStore.h"

#include "crypto/CatalogCodec.h"
#include "text/Duration.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>

namespace scopevault {

namespace {

enum class Kind
{
    Duration,
    Count,  // a whole number
    Switch, // on or off (true and false are taken as on and off)
    Choice, // one of `choices`
};

struct Known
{
    const char* key;
    const char* defaultValue;
    const char* description;
    Kind kind = Kind::Duration;
    const char* choices = ""; // Choice: the words, separated by '|'
};

constexpr Known KnownSettings[] = {
    {SettingsService::BundleDefaultLifetime, "7d",
     QT_TRANSLATE_NOOP("SettingsService", "Bundle lifetime when an export names none.")},
    {SettingsService::BundleMaxLifetime, "90d",
     QT_TRANSLATE_NOOP("SettingsService", "Longest lifetime an export may ask for.")},
    {SettingsService::HistoryRetention, "20",
     QT_TRANSLATE_NOOP("SettingsService",
                       "Older values each secret keeps in its history (0: all)."),
     Kind::Count},
    {SettingsService::QuickUnlockLifetime, "14d",
     QT_TRANSLATE_NOOP("SettingsService",
                       "How long quick unlock through the OS keychain lasts before the "
                       "passphrase is needed again.")},
    {SettingsService::KeychainAnchor, "off",
     QT_TRANSLATE_NOOP("SettingsService",
                       "Keep the vault's latest state in the OS keychain and refuse an older "
                       "copy of the file (on by itself once the vault uses the keychain)."),
     Kind::Switch},
    {SettingsService::ScanGate, "warn",
     QT_TRANSLATE_NOOP("SettingsService",
                       "What an export does with a pack that failed its scan: off, warn or "
                       "enforced (refuse the export)."),
     Kind::Choice, "off|warn|enforced"},
    {SettingsService::ScanMaxSeverity, "medium",
     QT_TRANSLATE_NOOP("SettingsService",
                       "The worst finding a pack may have and still pass its scan."),
     Kind::Choice, "low|medium|high|critical"},
    {SettingsService::ScanMaxAge, "24h",
     QT_TRANSLATE_NOOP("SettingsService",
                       "With scan.required: how old a pack's last scan may be.")},
    {SettingsService::ScanRequired, "off",
     QT_TRANSLATE_NOOP("SettingsService",
                       "A pack never scanned, changed since its scan or scanned longer ago than "
                       "scan.max-age counts as failed."),
     Kind::Switch},
};

// The largest retention accepted: beyond it, keeping all (0) is what is meant.
constexpr int MaxRetention = 100000;

const Known& known(const QString& key)
{
    for (const Known& each : KnownSettings) {
        if (key == QLatin1String(each.key)) {
            return each;
        }
    }
    QStringList keys;
    for (const Known& each : KnownSettings) {
        keys << QString::fromLatin1(each.key);
    }
    throw VaultError(
        ErrorCode::Usage,
        QCoreApplication::translate("SettingsService", "no setting named '%1'; known settings: %2")
            .arg(key, keys.join(QStringLiteral(", "))));
}

} // namespace

SettingsService::SettingsService(VaultService& vault)
    : m_store(storeOf(vault))
{}

QList<SettingsService::Entry> SettingsService::list()
{
    QList<Entry> result;
    for (const Known& each : KnownSettings) {
        const QString key = QString::fromLatin1(each.key);
        result.append({key, value(key), QString::fromLatin1(each.defaultValue),
                       QCoreApplication::translate("SettingsService", each.description)});
    }
    return result;
}

QString SettingsService::value(const QString& key)
{
    return valueIn(m_store.catalog(), key);
}

QString SettingsService::valueIn(const Catalog& catalog, const QString& key)
{
    const Known& setting = known(key);
    return catalog.settings().value(key, QString::fromLatin1(setting.defaultValue));
}

qint64 SettingsService::seconds(const QString& key)
{
    return Duration::parseSeconds(value(key));
}

int SettingsService::count(const QString& key)
{
    return value(key).toInt();
}

void SettingsService::set(const QString& key, const QString& text)
{
    const Kind kind = known(key).kind;
    if (kind == Kind::Choice) {
        const QString word = text.trimmed().toLower();
        const QStringList choices = QString::fromLatin1(known(key).choices).split(QLatin1Char('|'));
        if (!choices.contains(word)) {
            throw VaultError(ErrorCode::Usage,
                             QCoreApplication::translate("SettingsService", "%1 is %2, not '%3'")
                                 .arg(key, choices.join(QStringLiteral(", ")), text));
        }
        store(key, word);
        return;
    }
    if (kind == Kind::Switch) {
        QString word = text.trimmed().toLower();
        word = word == QLatin1String("true")    ? QStringLiteral("on")
               : word == QLatin1String("false") ? QStringLiteral("off")
                                                : word;
        if (word != QLatin1String("on") && word != QLatin1String("off")) {
            throw VaultError(ErrorCode::Usage, QCoreApplication::translate(
                                                   "SettingsService", "%1 is on or off, not '%2'")
                                                   .arg(key, text));
        }
        store(key, word);
        return;
    }
    if (kind == Kind::Count) {
        bool ok = false;
        const int number = text.trimmed().toInt(&ok);
        if (!ok || number < 0 || number > MaxRetention) {
            throw VaultError(ErrorCode::Usage,
                             QCoreApplication::translate("SettingsService",
                                                         "%1 takes a whole number from 0 to %2, "
                                                         "not '%3'")
                                 .arg(key)
                                 .arg(MaxRetention)
                                 .arg(text));
        }
        store(key, QString::number(number));
        return;
    }
    const qint64 newSeconds = Duration::parseSeconds(text);
    const QString normalized = Duration::format(newSeconds);
    if (key != QLatin1String(BundleDefaultLifetime) && key != QLatin1String(BundleMaxLifetime)) {
        store(key, normalized);
        return;
    }
    const bool isDefault = key == QLatin1String(BundleDefaultLifetime);
    const qint64 defaultSeconds =
        isDefault ? newSeconds : seconds(QString::fromLatin1(BundleDefaultLifetime));
    const qint64 maxSeconds =
        isDefault ? seconds(QString::fromLatin1(BundleMaxLifetime)) : newSeconds;
    if (defaultSeconds > maxSeconds) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate(
                             "SettingsService",
                             "the default bundle lifetime (%1) cannot exceed the maximum (%2)")
                             .arg(Duration::format(defaultSeconds), Duration::format(maxSeconds)));
    }
    store(key, normalized);
}

bool SettingsService::isOn(const QString& key)
{
    return value(key) == QLatin1String("on");
}

void SettingsService::store(const QString& key, const QString& normalized)
{
    const QString previous = value(key);
    m_store.transact([&] {
        m_store.putObject(Setting{key, normalized});
        m_store.record(
            {AuditAction::SettingChanged, key, AuditEvent::Outcome::Success,
             QJsonObject{{QStringLiteral("from"), previous}, {QStringLiteral("to"), normalized}}});
    });
}

} // namespace scopevault
