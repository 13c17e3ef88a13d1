#include "KeychainCommands.h"

#include "CliContext.h"
#include "catalog/SettingsService.h"
#include "keychain/QuickUnlockService.h"
#include "secrets/SecretService.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace scopevault {

namespace {

QString stateName(KeychainEntry::State state)
{
    switch (state) {
    case KeychainEntry::State::Present:
        return QStringLiteral("present");
    case KeychainEntry::State::Missing:
        return QStringLiteral("missing");
    case KeychainEntry::State::Different:
        return QStringLiteral("different");
    }
    return QString();
}

QString stateText(KeychainEntry::State state)
{
    switch (state) {
    case KeychainEntry::State::Present:
        return QCoreApplication::translate("KeychainCommands", "present");
    case KeychainEntry::State::Missing:
        return QCoreApplication::translate("KeychainCommands",
                                           "MISSING (or the keyring is locked)");
    case KeychainEntry::State::Different:
        return QCoreApplication::translate("KeychainCommands", "DIFFERENT (not the stored entry)");
    }
    return QString();
}

int runEnable(CliContext& context)
{
    VaultService& vault = context.unlockedService();
    QuickUnlockService quick(vault);
    quick.enable();
    const QuickUnlockService::Status status = quick.status();
    context.print(QCoreApplication::translate("KeychainCommands",
                                              "Quick unlock is on until %1: scopevault-cli "
                                              "--keychain opens %2 without the passphrase")
                      .arg(status.expires ? CliContext::isoTime(*status.expires) : QString(),
                           context.vaultPath()));
    return 0;
}

int runDisable(CliContext& context)
{
    VaultService& vault = context.unlockedService();
    QuickUnlockService(vault).forget();
    context.print(QCoreApplication::translate("KeychainCommands", "Quick unlock is off"));
    return 0;
}

int runQuickStatus(CliContext& context)
{
    // Works without the passphrase: only the file's entry is read, not the keychain.
    const QuickUnlockService::Status status = QuickUnlockService(context.service()).status();
    if (context.isSet("json")) {
        QJsonObject object{{QStringLiteral("enabled"), status.enabled}};
        if (status.enabled) {
            object.insert(QStringLiteral("since"), CliContext::isoTime(status.since));
        }
        context.printJson(object);
    } else if (status.enabled) {
        context.print(QCoreApplication::translate("KeychainCommands", "Quick unlock: on since %1")
                          .arg(CliContext::isoTime(status.since)));
    } else {
        context.print(QCoreApplication::translate("KeychainCommands", "Quick unlock: off"));
    }
    return 0;
}

int runKeychainStatus(CliContext& context)
{
    VaultService& vault = context.unlockedService();
    const QuickUnlockService::Status quick = QuickUnlockService(vault).status();
    const bool anchor =
        SettingsService(vault).isOn(QString::fromLatin1(SettingsService::KeychainAnchor));
    const std::vector<KeychainEntry> entries = SecretService(vault).keychainEntries();
    int exit = 0;
    for (const KeychainEntry& entry : entries) {
        if (entry.state == KeychainEntry::State::Missing && exit == 0) {
            exit = static_cast<int>(ErrorCode::NotFound);
        } else if (entry.state == KeychainEntry::State::Different) {
            exit = static_cast<int>(ErrorCode::Integrity);
        }
    }
    if (context.isSet("json")) {
        QJsonArray secrets;
        for (const KeychainEntry& entry : entries) {
            secrets.append(QJsonObject{{QStringLiteral("reference"), entry.ref.toString()},
                                       {QStringLiteral("state"), stateName(entry.state)}});
        }
        QJsonObject object{{QStringLiteral("quickUnlock"), quick.enabled},
                           {QStringLiteral("anchor"), anchor},
                           {QStringLiteral("secrets"), secrets}};
        if (quick.expires) {
            object.insert(QStringLiteral("quickUnlockExpires"),
                          CliContext::isoTime(*quick.expires));
        }
        context.printJson(object);
        return exit;
    }
    context.print(quick.enabled
                      ? QCoreApplication::translate("KeychainCommands", "Quick unlock: on until %1")
                            .arg(quick.expires ? CliContext::isoTime(*quick.expires) : QString())
                      : QCoreApplication::translate("KeychainCommands", "Quick unlock: off"));
    context.print(anchor ? QCoreApplication::translate("KeychainCommands",
                                                       "Rollback anchor: kept in the keychain")
                         : QCoreApplication::translate("KeychainCommands", "Rollback anchor: off"));
    context.print(
        QCoreApplication::translate("KeychainCommands", "Secrets held in the keychain: %1")
            .arg(entries.size()));
    for (const KeychainEntry& entry : entries) {
        context.print(QStringLiteral("  ") + entry.ref.toString() + QStringLiteral("  ") +
                      stateText(entry.state));
    }
    return exit;
}

} // namespace

QList<CliCommand> KeychainCommands::all()
{
    return {
        {QStringLiteral("quick-unlock enable"),
         QString(),
         QCoreApplication::translate("KeychainCommands",
                                     "Keep a key in the OS keychain that opens this vault without "
                                     "the passphrase (--keychain), for keychain.quick-unlock-"
                                     "lifetime. Needs the passphrase."),
         {},
         0,
         0,
         runEnable},
        {QStringLiteral("quick-unlock disable"),
         QString(),
         QCoreApplication::translate(
             "KeychainCommands", "Forget quick unlock: the file's wrap and the keychain's key."),
         {},
         0,
         0,
         runDisable},
        {QStringLiteral("quick-unlock status"),
         QString(),
         QCoreApplication::translate("KeychainCommands",
                                     "Say whether quick unlock is on (no passphrase needed)."),
         {CliContext::jsonOption()},
         0,
         0,
         runQuickStatus},
        {QStringLiteral("keychain status"),
         QString(),
         QCoreApplication::translate("KeychainCommands",
                                     "Quick unlock, the rollback anchor, and each secret held in "
                                     "the OS keychain: present or missing (exit 4 when one is "
                                     "missing, 5 when one differs)."),
         {CliContext::jsonOption()},
         0,
         0,
         runKeychainStatus},
    };
}

} // namespace scopevault
