#include "BundleCommands.h"

#include "CliContext.h"
#include "KeyFingerprint.h"
#include "bundles/BundleService.h"
#include "text/Duration.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace scopevault {

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject bundleJson(const IssuedBundle& bundle)
{
    QJsonArray secrets;
    for (const IssuedBundle::Secret& secret : bundle.secrets) {
        secrets.append(QJsonObject{{QStringLiteral("ref"), secret.reference},
                                   {QStringLiteral("name"), secret.name},
                                   {QStringLiteral("version"), qint64(secret.version)}});
    }
    return QJsonObject{{QStringLiteral("bundle"), bundle.idText()},
                       {QStringLiteral("agent"), bundle.agent},
                       {QStringLiteral("agentFingerprint"), bundle.agentFingerprint},
                       {QStringLiteral("created"), iso(bundle.createdMs)},
                       {QStringLiteral("expires"), iso(bundle.expiresMs)},
                       {QStringLiteral("actions"), QJsonArray::fromStringList(bundle.actions)},
                       {QStringLiteral("secrets"), secrets},
                       {QStringLiteral("file"), bundle.file}};
}

int runExport(CliContext& context)
{
    if (!context.isSet("out")) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("BundleCommands", "export needs --out FILE"));
    }
    BundleRequest request;
    request.agent = context.arguments().at(0);
    for (const QString& action : context.parser().values(QStringLiteral("action"))) {
        request.actions << Scope::parse(action);
    }
    if (context.isSet("expires")) {
        request.lifetimeSeconds = Duration::parseSeconds(context.value("expires"));
    }
    request.outPath = context.value("out");
    request.overwrite = context.isSet("force");
    BundleService bundles(context.unlockedService());
    const BundleExport result = bundles.exportBundle(request);
    for (const QString& warning : result.warnings) {
        context.warn(warning);
    }
    const IssuedBundle& bundle = result.bundle;
    if (context.isSet("json")) {
        QJsonObject object = bundleJson(bundle);
        object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings));
        context.printJson(object);
        return 0;
    }
    const QString secrets = bundle.secrets.size() == 1
                                ? QCoreApplication::translate("BundleCommands", "1 secret")
                                : QCoreApplication::translate("BundleCommands", "%1 secrets")
                                      .arg(bundle.secrets.size());
    context.print(QCoreApplication::translate(
                      "BundleCommands", "Wrote %1: bundle %2 for agent %3, %4 for %5, expires %6")
                      .arg(request.outPath, bundle.idText(), bundle.agent, secrets,
                           bundle.actions.join(QStringLiteral(", ")), iso(bundle.expiresMs)));
    return 0;
}

int runBundles(CliContext& context)
{
    VaultService& vault = context.unlockedService();
    BundleService service(vault);
    std::optional<QString> agent;
    if (context.isSet("agent")) {
        agent = context.value("agent");
    }
    QList<BundleStatus> issued = service.issuedStatus(agent);
    if (context.isSet("stale")) {
        issued.removeIf([](const BundleStatus& status) { return !status.isStale(); });
    }
    if (context.isSet("json")) {
        QJsonArray array;
        for (const BundleStatus& status : issued) {
            QJsonObject object = bundleJson(status.bundle);
            object.insert(QStringLiteral("status"),
                          status.expired ? QStringLiteral("expired") : QStringLiteral("active"));
            object.insert(QStringLiteral("stale"), status.isStale());
            object.insert(QStringLiteral("changedSince"),
                          QJsonArray::fromStringList(status.changedSince));
            array.append(object);
        }
        context.printJson(array);
        return 0;
    }
    if (issued.isEmpty()) {
        const QString whose =
            agent ? QCoreApplication::translate("BundleCommands", " to %1").arg(*agent) : QString();
        context.print(
            context.isSet("stale")
                ? QCoreApplication::translate("BundleCommands", "No stale bundles issued%1.")
                      .arg(whose)
                : QCoreApplication::translate("BundleCommands", "No bundles issued%1.").arg(whose));
        return 0;
    }
    for (const BundleStatus& status : issued) {
        const IssuedBundle& bundle = status.bundle;
        context.print(QStringLiteral("%1  %2  %3  created %4  expires %5  secrets: %6  %7")
                          .arg(bundle.idText(), bundle.agent,
                               status.expired
                                   ? QCoreApplication::translate("BundleCommands", "expired")
                                   : QCoreApplication::translate("BundleCommands", "active "),
                               iso(bundle.createdMs), iso(bundle.expiresMs))
                          .arg(bundle.secrets.size())
                          .arg(bundle.actions.join(QLatin1Char(','))));
        if (status.isStale()) {
            context.print(
                QCoreApplication::translate("BundleCommands", "    stale: changed since issued: %1")
                    .arg(status.changedSince.join(QStringLiteral(", "))));
        }
    }
    return 0;
}

int runVaultKey(CliContext& context)
{
    const QByteArray key = context.unlockedService().signingPublicKey();
    const QString fingerprint = QString::fromStdString(KeyFingerprint::text(key.toStdString()));
    if (context.isSet("json")) {
        context.printJson(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(key.toBase64())},
                                      {QStringLiteral("fingerprint"), fingerprint}});
        return 0;
    }
    context.print(QString::fromLatin1(key.toBase64()));
    context.warn(QCoreApplication::translate("BundleCommands",
                                             "fingerprint %1; agents pin this key with --vault-key")
                     .arg(fingerprint));
    return 0;
}

} // namespace

QList<CliCommand> BundleCommands::all()
{
    return {
        {QStringLiteral("export"),
         QStringLiteral("AGENT"),
         QCoreApplication::translate(
             "BundleCommands",
             "Write a sealed bundle of the agent's granted secrets (exit 6 listing every "
             "problem)."),
         {{QStringLiteral("action"),
           QCoreApplication::translate(
               "BundleCommands",
               "An action to include (repeatable; default: every granted action)."),
           QCoreApplication::translate("BundleCommands", "pack/action")},
          {QStringLiteral("expires"),
           QCoreApplication::translate(
               "BundleCommands",
               "Lifetime, e.g. 12h, 7d (default: setting bundle.default-lifetime)."),
           QCoreApplication::translate("BundleCommands", "duration")},
          {QStringLiteral("out"),
           QCoreApplication::translate("BundleCommands", "Bundle file to write."),
           QCoreApplication::translate("BundleCommands", "file")},
          {QStringLiteral("force"),
           QCoreApplication::translate("BundleCommands", "Replace an existing file.")},
          CliContext::jsonOption()},
         1,
         1,
         runExport},
        {QStringLiteral("bundles"),
         QString(),
         QCoreApplication::translate(
             "BundleCommands",
             "List issued bundles with their status and the secrets changed since (stale)."),
         {{QStringLiteral("agent"),
           QCoreApplication::translate("BundleCommands", "Only this agent's."),
           QCoreApplication::translate("BundleCommands", "name")},
          {QStringLiteral("stale"),
           QCoreApplication::translate(
               "BundleCommands",
               "Only bundles holding a secret that was changed or removed since (re-export "
               "them).")},
          CliContext::jsonOption()},
         0,
         0,
         runBundles},
        {QStringLiteral("vault-key"),
         QString(),
         QCoreApplication::translate(
             "BundleCommands", "Print the vault's signing public key (base64) for agents to pin."),
         {CliContext::jsonOption()},
         0,
         0,
         runVaultKey},
    };
}

} // namespace scopevault
