#include "VaultCommands.h"

#include "CliContext.h"
#include "crypto/KdfParams.h"
#include "vault/KeyRotation.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"
#include "vault/VaultVerifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

#include <unistd.h>

namespace scopevault {

namespace {

QCommandLineOption kdfOption()
{
    return {QStringLiteral("kdf"),
            QCoreApplication::translate(
                "VaultCommands",
                "Argon2id cost: interactive, moderate (default), sensitive, calibrate:MS or "
                "custom:OPS,MIB."),
            QCoreApplication::translate("VaultCommands", "preset"), QStringLiteral("moderate")};
}

void warnIfWeak(CliContext& context, const KdfParams& params)
{
    const KdfParams interactive = KdfParams::fromPreset(QStringLiteral("interactive"));
    if (params.opsLimit * params.memLimitBytes < interactive.opsLimit * interactive.memLimitBytes) {
        context.warn(QCoreApplication::translate(
                         "VaultCommands",
                         "%1 is weaker than the 'interactive' preset; use it only for tests or "
                         "throw-away vaults")
                         .arg(params.describe()));
    }
}

QJsonObject kdfJson(const KdfParams& kdf)
{
    return {{QStringLiteral("algorithm"), QStringLiteral("argon2id13")},
            {QStringLiteral("opsLimit"), qint64(kdf.opsLimit)},
            {QStringLiteral("memLimitBytes"), qint64(kdf.memLimitBytes)}};
}

int runInit(CliContext& context)
{
    const KdfParams params = KdfParams::fromPreset(context.parser().value(QStringLiteral("kdf")));
    warnIfWeak(context, params);
    VaultService& vault = context.service();
    const SecureBuffer passphrase = context.readPassphrase(
        QStringLiteral("passphrase-file"), QStringLiteral("passphrase-fd"),
        QCoreApplication::translate("VaultCommands", "New passphrase for %1: ")
            .arg(context.vaultPath()),
        true);
    vault.create(passphrase, params);
    if (context.isSet("json")) {
        const VaultInfo info = vault.info();
        context.printJson(
            QJsonObject{{QStringLiteral("path"), info.location},
                        {QStringLiteral("vaultId"), QString::fromLatin1(info.vaultId.toHex())},
                        {QStringLiteral("created"), info.created.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("kdf"), kdfJson(info.kdf)}});
        return 0;
    }
    context.print(QCoreApplication::translate("VaultCommands", "Created vault %1 (%2)")
                      .arg(context.vaultPath(), params.describe()));
    return 0;
}

int runInfo(CliContext& context)
{
    const VaultInfo info = context.service().info();
    const QString created = info.created.toString(Qt::ISODateWithMs);
    if (context.parser().isSet(QStringLiteral("json"))) {
        QJsonObject object{{QStringLiteral("path"), info.location},
                           {QStringLiteral("formatVersion"), info.formatVersion},
                           {QStringLiteral("schemaVersion"), info.schemaVersion},
                           {QStringLiteral("vaultId"), QString::fromLatin1(info.vaultId.toHex())},
                           {QStringLiteral("created"), created},
                           {QStringLiteral("kdf"), kdfJson(info.kdf)},
                           {QStringLiteral("secrets"), info.secretCount}};
        context.print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        return 0;
    }
    context.print(QCoreApplication::translate("VaultCommands", "Vault:     %1").arg(info.location));
    context.print(QCoreApplication::translate("VaultCommands", "Format:    %1 (schema %2)")
                      .arg(info.formatVersion)
                      .arg(info.schemaVersion));
    context.print(QCoreApplication::translate("VaultCommands", "Vault id:  %1")
                      .arg(QString::fromLatin1(info.vaultId.toHex())));
    context.print(QCoreApplication::translate("VaultCommands", "Created:   %1").arg(created));
    context.print(
        QCoreApplication::translate("VaultCommands", "KDF:       argon2id, ops %1, memory %2 MiB")
            .arg(info.kdf.opsLimit)
            .arg(info.kdf.memLimitBytes / (1024 * 1024)));
    context.print(
        QCoreApplication::translate("VaultCommands", "Secrets:   %1").arg(info.secretCount));
    return 0;
}

int runVerify(CliContext& context)
{
    VaultService& vault = context.service();
    vault.open();
    VaultVerifier verifier(vault);
    VaultCheck check;
    // The file first: damage is named even when it keeps the vault from unlocking.
    check.parts.push_back(verifier.checkFile());
    std::optional<VaultError> unlockFailure;
    try {
        VaultService& unlocked = context.unlockedService();
        for (VaultCheck::Part& part : VaultVerifier(unlocked).checkContents()) {
            check.parts.push_back(std::move(part));
        }
    } catch (const VaultError& error) {
        if (error.code() != ErrorCode::Integrity || check.parts.front().problems.isEmpty()) {
            throw;
        }
        unlockFailure = error;
    }
    if (context.isSet("json")) {
        QJsonArray parts;
        for (const VaultCheck::Part& part : check.parts) {
            parts.append(QJsonObject{
                {QStringLiteral("name"), part.name},
                {QStringLiteral("summary"), part.summary},
                {QStringLiteral("problems"), QJsonArray::fromStringList(part.problems)}});
        }
        context.printJson(QJsonObject{{QStringLiteral("ok"), check.ok() && !unlockFailure},
                                      {QStringLiteral("parts"), parts}});
    } else {
        for (const VaultCheck::Part& part : check.parts) {
            context.print(QStringLiteral("%1: %2").arg(part.name, part.summary));
            for (const QString& problem : part.problems) {
                context.print(QStringLiteral("  %1").arg(problem));
            }
        }
    }
    if (unlockFailure) {
        throw *unlockFailure;
    }
    return check.ok() ? 0 : static_cast<int>(ErrorCode::Integrity);
}

int runPasswd(CliContext& context)
{
    std::optional<KdfParams> params;
    if (context.parser().isSet(QStringLiteral("kdf"))) {
        params = KdfParams::fromPreset(context.parser().value(QStringLiteral("kdf")));
        warnIfWeak(context, *params);
    }
    VaultService& vault = context.unlockedService();
    const SecureBuffer fresh = context.readPassphrase(
        QStringLiteral("new-passphrase-file"), QStringLiteral("new-passphrase-fd"),
        QCoreApplication::translate("VaultCommands", "New passphrase for %1: ")
            .arg(context.vaultPath()),
        true);
    if (!context.isSet("rotate-key")) {
        vault.changePassphrase(fresh, params);
        context.print(QCoreApplication::translate("VaultCommands", "Passphrase changed for %1")
                          .arg(context.vaultPath()));
        return 0;
    }
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    const KeyRotationReport report =
        KeyRotation(vault).run(fresh, params, [&](qint64 done, qint64 total) {
            if (terminal) {
                std::fprintf(stderr, "\r%s",
                             qPrintable(QCoreApplication::translate(
                                            "VaultCommands", "re-encrypting: %1 of %2 records")
                                            .arg(done)
                                            .arg(total)));
                if (done == total) {
                    std::fputc('\n', stderr);
                }
            }
        });
    context.print(QCoreApplication::translate(
                      "VaultCommands",
                      "New vault key for %1: re-encrypted %2 secrets, %3 catalog objects, %4 "
                      "issued bundles and %5 audit events; passphrase changed")
                      .arg(context.vaultPath())
                      .arg(report.secrets)
                      .arg(report.objects)
                      .arg(report.bundles)
                      .arg(report.events));
    context.warn(QCoreApplication::translate(
        "VaultCommands",
        "the vault's signing key changed with it: give agents the new one (scopevault-cli "
        "vault-key) before they receive new bundles, and export a new checkpoint (audit "
        "checkpoint --out); earlier ones name the old key"));
    return 0;
}

} // namespace

QList<CliCommand> VaultCommands::all()
{
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("VaultCommands", "Print JSON."));
    return {
        {QStringLiteral("init"),
         QString(),
         QCoreApplication::translate("VaultCommands", "Create a new vault."),
         {kdfOption(), json},
         0,
         0,
         runInit},
        {QStringLiteral("info"),
         QString(),
         QCoreApplication::translate(
             "VaultCommands",
             "Show format, KDF parameters and counts (no passphrase needed, no secrets shown)."),
         {json},
         0,
         0,
         runInfo},
        {QStringLiteral("passwd"),
         QString(),
         QCoreApplication::translate("VaultCommands",
                                     "Change the passphrase (re-wraps the vault key only)."),
         {{QStringLiteral("new-passphrase-file"),
           QCoreApplication::translate("VaultCommands", "Read the new passphrase from a file."),
           QCoreApplication::translate("VaultCommands", "file")},
          {QStringLiteral("new-passphrase-fd"),
           QCoreApplication::translate("VaultCommands",
                                       "Read the new passphrase from a file descriptor."),
           QCoreApplication::translate("VaultCommands", "fd")},
          kdfOption(),
          {QStringLiteral("rotate-key"),
           QCoreApplication::translate(
               "VaultCommands",
               "Also replace the vault key: re-encrypt every value, note, catalog object, "
               "bundle entry and audit event under a new one (the signing key changes too).")}},
         0,
         0,
         runPasswd},
        {QStringLiteral("verify"),
         QString(),
         QCoreApplication::translate(
             "VaultCommands",
             "Check the whole file: every page, every record against the vault's commitment, "
             "every seal, the audit chain and its checkpoints (exit 5 when anything fails)."),
         {json},
         0,
         0,
         runVerify},
    };
}

} // namespace scopevault
