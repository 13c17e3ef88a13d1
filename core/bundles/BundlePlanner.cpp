#include "bundles/BundlePlanner.h"

#include "access/AccessPolicy.h"
#include "access/Resolver.h"

#include <QCoreApplication>
#include <QHash>

namespace scopevault {

namespace {

QList<Scope> grantedActions(const Catalog& catalog, const QString& agent, const QDateTime& now)
{
    QList<Scope> result;
    for (const Action& action : catalog.actions()) {
        if (AccessPolicy::forAction(catalog, agent, action.scope(), now).granted()) {
            result << action.scope();
        }
    }
    return result;
}

} // namespace

BundlePlan BundlePlanner::plan(const Catalog& catalog, const SecretIndex& index,
                               const QString& agentName, const QList<Scope>& requested,
                               const QDateTime& now)
{
    BundlePlan plan;
    plan.agent = agentName;
    const Agent* agent = catalog.agent(agentName);
    if (!agent) {
        plan.problems
            << QCoreApplication::translate("BundlePlanner", "no agent named '%1'").arg(agentName);
        return plan;
    }
    if (agent->status != Agent::Status::Active) {
        plan.problems << QCoreApplication::translate(
                             "BundlePlanner", "agent '%1' is %2; only active agents get bundles")
                             .arg(agentName, Agent::statusName(agent->status));
        return plan;
    }
    plan.actions = requested.isEmpty() ? grantedActions(catalog, agentName, now) : requested;
    if (plan.actions.isEmpty()) {
        plan.problems << QCoreApplication::translate("BundlePlanner",
                                                     "agent '%1' is granted no action")
                             .arg(agentName);
        plan.remedy = VaultError::Remedy::NameActions;
        return plan;
    }

    QHash<QString, std::size_t> entryOf; // reference text -> index in plan.secrets
    for (qsizetype a = 0; a < plan.actions.size(); ++a) {
        const Scope& scope = plan.actions.at(a);
        const Action* action = catalog.action(scope);
        if (scope.kind() != Scope::Kind::Action || !action) {
            plan.problems << QCoreApplication::translate("BundlePlanner",
                                                         "%1 is not an action in this vault")
                                 .arg(scope.toString());
            continue;
        }
        const AccessDecision access = AccessPolicy::forAction(catalog, agentName, scope, now);
        QStringList actionProblems;
        bool anyGranted = access.granted();
        for (const Declaration& declaration : action->declarations) {
            const std::optional<Scope> supplier = Resolver::resolve(scope, declaration.name, index);
            const QString kind = declaration.required
                                     ? QCoreApplication::translate("BundlePlanner", "required")
                                     : QCoreApplication::translate("BundlePlanner", "optional");
            if (!supplier) {
                const QString text =
                    QCoreApplication::translate(
                        "BundlePlanner", "%1: %2 secret %3 is set nowhere (%1, %4 or system)")
                        .arg(scope.toString(), kind, declaration.name, scope.packName());
                (declaration.required ? plan.problems : plan.warnings) << text;
                continue;
            }
            const SecretRef ref(*supplier, declaration.name);
            if (!access.granted() &&
                !AccessPolicy::forSecret(catalog, agentName, ref, now).granted()) {
                const QString text =
                    QCoreApplication::translate("BundlePlanner",
                                                "%1: %2 secret %3 is not granted to '%4' (%5)")
                        .arg(scope.toString(), kind, ref.toString(), agentName, access.reason);
                (declaration.required ? actionProblems : plan.warnings) << text;
                continue;
            }
            anyGranted = true;
            const QString key = ref.toString();
            auto found = entryOf.constFind(key);
            if (found == entryOf.cend()) {
                found = entryOf.insert(key, plan.secrets.size());
                plan.secrets.push_back(
                    {ref, index.version(*supplier, declaration.name), QList<quint16>()});
            }
            plan.secrets[*found].actions << static_cast<quint16>(a);
        }
        if (!anyGranted) {
            plan.problems << QCoreApplication::translate("BundlePlanner", "%1: %2")
                                 .arg(scope.toString(), access.reason);
        } else {
            plan.problems << actionProblems;
        }
    }
    return plan;
}

} // namespace scopevault
