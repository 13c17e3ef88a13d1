#include "VaultCommands.h"

#include "CliContext.h"
#include "crypto/KdfParams.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace scopevault {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("VaultCommands", text);
}

QCommandLineOption kdfOption()
{
    return {QStringLiteral("kdf"),
            tr("Argon2id cost: interactive, moderate (default), sensitive, calibrate:MS or "
               "custom:OPS,MIB."),
            tr("preset"), QStringLiteral("moderate")};
}

void warnIfWeak(CliContext& context, const KdfParams& params)
{
    const KdfParams interactive = KdfParams::fromPreset(QStringLiteral("interactive"));
    if (params.opsLimit * params.memLimitBytes < interactive.opsLimit * interactive.memLimitBytes) {
        context.warn(tr("%1 is weaker than the 'interactive' preset; use it only for tests or "
                        "throw-away vaults")
                         .arg(params.describe()));
    }
}

int runInit(CliContext& context)
{
    const KdfParams params = KdfParams::fromPreset(context.parser().value(QStringLiteral("kdf")));
    warnIfWeak(context, params);
    VaultService& vault = context.service();
    const SecureBuffer passphrase =
        context.readPassphrase(QStringLiteral("passphrase-file"), QStringLiteral("passphrase-fd"),
                               tr("New passphrase for %1: ").arg(context.vaultPath()), true);
    vault.create(passphrase, params);
    context.print(tr("Created vault %1 (%2)").arg(context.vaultPath(), params.describe()));
    return 0;
}

int runInfo(CliContext& context)
{
    const VaultInfo info = context.service().info();
    const QString created = info.created.toString(Qt::ISODateWithMs);
    if (context.parser().isSet(QStringLiteral("json"))) {
        QJsonObject kdf{{QStringLiteral("algorithm"), QStringLiteral("argon2id13")},
                        {QStringLiteral("opsLimit"), qint64(info.kdf.opsLimit)},
                        {QStringLiteral("memLimitBytes"), qint64(info.kdf.memLimitBytes)}};
        QJsonObject object{{QStringLiteral("path"), info.location},
                           {QStringLiteral("formatVersion"), info.formatVersion},
                           {QStringLiteral("schemaVersion"), info.schemaVersion},
                           {QStringLiteral("vaultId"), QString::fromLatin1(info.vaultId.toHex())},
                           {QStringLiteral("created"), created},
                           {QStringLiteral("kdf"), kdf},
                           {QStringLiteral("secrets"), info.secretCount}};
        context.print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        return 0;
    }
    context.print(tr("Vault:     %1").arg(info.location));
    context.print(tr("Format:    %1 (schema %2)").arg(info.formatVersion).arg(info.schemaVersion));
    context.print(tr("Vault id:  %1").arg(QString::fromLatin1(info.vaultId.toHex())));
    context.print(tr("Created:   %1").arg(created));
    context.print(tr("KDF:       argon2id, ops %1, memory %2 MiB")
                      .arg(info.kdf.opsLimit)
                      .arg(info.kdf.memLimitBytes / (1024 * 1024)));
    context.print(tr("Secrets:   %1").arg(info.secretCount));
    return 0;
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
        tr("New passphrase for %1: ").arg(context.vaultPath()), true);
    vault.changePassphrase(fresh, params);
    context.print(tr("Passphrase changed for %1").arg(context.vaultPath()));
    return 0;
}

} // namespace

QList<CliCommand> VaultCommands::all()
{
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    return {
        {QStringLiteral("init"),
         QString(),
         tr("Create a new vault."),
         {kdfOption()},
         0,
         0,
         runInit},
        {QStringLiteral("info"),
         QString(),
         tr("Show format, KDF parameters and counts (no passphrase needed, no secrets shown)."),
         {json},
         0,
         0,
         runInfo},
        {QStringLiteral("passwd"),
         QString(),
         tr("Change the passphrase (re-wraps the vault key only)."),
         {{QStringLiteral("new-passphrase-file"), tr("Read the new passphrase from a file."),
           tr("file")},
          {QStringLiteral("new-passphrase-fd"),
           tr("Read the new passphrase from a file descriptor."), tr("fd")},
          kdfOption()},
         0,
         0,
         runPasswd},
    };
}

} // namespace scopevault
