#include "OverviewCommands.h"

#include "CliContext.h"
#include "overview/OverviewService.h"
#include "rotation/RotationStatus.h"
#include "secrets/SecretService.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace scopevault {

namespace {

QJsonObject toJson(const VaultOverview& overview)
{
    QJsonArray gaps;
    for (const VaultOverview::AgentGap& gap : overview.gaps) {
        QJsonArray missing;
        for (const SecretRef& ref : gap.missing) {
            missing.append(ref.toString());
        }
        gaps.append(QJsonObject{{QStringLiteral("agent"), gap.agent},
                                {QStringLiteral("missing"), missing}});
    }
    QJsonArray bundles;
    for (const BundleStatus& status : overview.bundles) {
        bundles.append(QJsonObject{
            {QStringLiteral("id"), status.bundle.idText()},
            {QStringLiteral("agent"), status.bundle.agent},
            {QStringLiteral("expires"),
             CliContext::isoTime(QDateTime::fromMSecsSinceEpoch(status.bundle.expiresMs, Qt::UTC))},
            {QStringLiteral("changedSince"), QJsonArray::fromStringList(status.changedSince)}});
    }
    QJsonArray packScans;
    for (const ScanGate::Failure& failure : overview.packScans) {
        packScans.append(QJsonObject{{QStringLiteral("pack"), failure.pack},
                                     {QStringLiteral("reason"), failure.reason}});
    }
    QJsonArray rotation;
    for (const RotationItem& item : overview.rotation) {
        rotation.append(QJsonObject{{QStringLiteral("reference"), item.ref.toString()},
                                    {QStringLiteral("status"), RotationStatuses::name(item.status)},
                                    {QStringLiteral("due"), CliContext::isoTime(item.due)}});
    }
    QJsonArray latest;
    for (const AuditEntry& entry : overview.latest) {
        latest.append(QJsonObject{{QStringLiteral("seq"), entry.seq},
                                  {QStringLiteral("time"), CliContext::isoTime(entry.time)},
                                  {QStringLiteral("actor"), entry.actor},
                                  {QStringLiteral("action"), entry.action},
                                  {QStringLiteral("target"), entry.target},
                                  {QStringLiteral("outcome"), entry.outcome}});
    }
    return {{QStringLiteral("secrets"), overview.secrets},
            {QStringLiteral("packs"), overview.packs},
            {QStringLiteral("actions"), overview.actions},
            {QStringLiteral("activeAgents"), overview.activeAgents},
            {QStringLiteral("suspendedAgents"), overview.suspendedAgents},
            {QStringLiteral("liveGrants"), overview.liveGrants},
            {QStringLiteral("validBundles"), overview.validBundles},
            {QStringLiteral("gaps"), gaps},
            {QStringLiteral("bundles"), bundles},
            {QStringLiteral("rotation"), rotation},
            {QStringLiteral("packScans"), packScans},
            {QStringLiteral("latest"), latest}};
}

void printText(CliContext& context, const VaultOverview& overview)
{
    context.print(QCoreApplication::translate(
                      "OverviewCommands",
                      "%1 secrets in %2 packs and %3 actions; %4 active agents, %5 suspended; "
                      "%6 live grants; %7 valid bundles.")
                      .arg(overview.secrets)
                      .arg(overview.packs)
                      .arg(overview.actions)
                      .arg(overview.activeAgents)
                      .arg(overview.suspendedAgents)
                      .arg(overview.liveGrants)
                      .arg(overview.validBundles));
    context.print(overview.gaps.isEmpty()
                      ? QCoreApplication::translate("OverviewCommands",
                                                    "Coverage: every active agent receives every "
                                                    "required secret.")
                      : QCoreApplication::translate("OverviewCommands",
                                                    "Coverage gaps (required, defined nowhere):"));
    for (const VaultOverview::AgentGap& gap : overview.gaps) {
        QStringList refs;
        for (const SecretRef& ref : gap.missing) {
            refs << ref.toString();
        }
        context.print(QStringLiteral("  ") + gap.agent + QStringLiteral(": ") +
                      refs.join(QStringLiteral(", ")));
    }
    if (!overview.bundles.isEmpty()) {
        context.print(QCoreApplication::translate("OverviewCommands",
                                                  "Bundles expiring within %1 days or stale:")
                          .arg(OverviewService::bundleWarningDays));
    }
    for (const BundleStatus& status : overview.bundles) {
        QString line = QStringLiteral("  ") + status.bundle.agent + QStringLiteral("  ") +
                       status.bundle.idText().left(16) + QStringLiteral("  ") +
                       QCoreApplication::translate("OverviewCommands", "expires %1")
                           .arg(CliContext::isoTime(
                               QDateTime::fromMSecsSinceEpoch(status.bundle.expiresMs, Qt::UTC)));
        if (status.isStale()) {
            line +=
                QStringLiteral("  ") + QCoreApplication::translate("OverviewCommands", "stale: %1")
                                           .arg(status.changedSince.join(QStringLiteral(", ")));
        }
        context.print(line);
    }
    if (!overview.rotation.empty()) {
        context.print(QCoreApplication::translate("OverviewCommands", "Rotation:"));
    }
    for (const RotationItem& item : overview.rotation) {
        context.print(QStringLiteral("  ") + RotationStatuses::name(item.status).leftJustified(8) +
                      item.ref.toString() + QStringLiteral("  ") +
                      QCoreApplication::translate("OverviewCommands", "due %1")
                          .arg(CliContext::isoTime(item.due)));
    }
    if (!overview.packScans.isEmpty()) {
        context.print(QCoreApplication::translate("OverviewCommands", "Skill packs to scan:"));
    }
    for (const ScanGate::Failure& failure : overview.packScans) {
        context.print(QStringLiteral("  ") + failure.pack + QStringLiteral("  ") + failure.reason);
    }
    if (!overview.latest.empty()) {
        context.print(QCoreApplication::translate("OverviewCommands", "Latest activity:"));
    }
    for (const AuditEntry& entry : overview.latest) {
        context.print(QStringLiteral("  ") + CliContext::isoTime(entry.time) +
                      QStringLiteral("  ") + entry.actor + QStringLiteral("  ") + entry.action +
                      QStringLiteral("  ") + entry.target + QStringLiteral("  ") + entry.outcome);
    }
}

int runOverview(CliContext& context)
{
    VaultService& vault = context.unlockedService(
        [](VaultService& opened) { SecretService(opened).prepareListing(); });
    const VaultOverview overview =
        OverviewService(vault).summarize(SecretService(vault).listSecrets(std::nullopt));
    if (context.isSet("json")) {
        context.printJson(toJson(overview));
    } else {
        printText(context, overview);
    }
    return 0;
}

} // namespace

QList<CliCommand> OverviewCommands::all()
{
    return {
        {QStringLiteral("overview"),
         QString(),
         QCoreApplication::translate(
             "OverviewCommands",
             "The vault's size, coverage gaps, bundles expiring or stale, rotations due and the "
             "latest activity."),
         {CliContext::jsonOption()},
         0,
         0,
         runOverview},
    };
}

} // namespace scopevault
