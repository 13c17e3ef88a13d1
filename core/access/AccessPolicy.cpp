#include "access/AccessPolicy.h"

#include "access/Resolver.h"

#include <QCoreApplication>

#include <functional>

namespace scopevault {

namespace {

AccessDecision decide(const Catalog& catalog, const QString& agentName, const QString& target,
                      const QDateTime& now, const std::function<bool(const Grant&)>& covers)
{
    const Agent* agent = catalog.agent(agentName);
    if (!agent) {
        return {AccessDecision::Outcome::UnknownAgent, std::nullopt,
                QCoreApplication::translate("AccessPolicy", "no agent named '%1'").arg(agentName)};
    }
    if (agent->status != Agent::Status::Active) {
        return {AccessDecision::Outcome::AgentNotActive, std::nullopt,
                QCoreApplication::translate("AccessPolicy", "agent '%1' is %2")
                    .arg(agentName, Agent::statusName(agent->status))};
    }
    std::optional<Grant> best;
    bool sawExpired = false;
    for (const Grant& grant : catalog.grants()) {
        if (grant.agent != agentName || !covers(grant)) {
            continue;
        }
        if (grant.isExpiredAt(now)) {
            sawExpired = true;
            continue;
        }
        if (!best || !grant.until || (best->until && *grant.until > *best->until)) {
            best = grant;
        }
    }
    if (best) {
        return {AccessDecision::Outcome::Granted, best,
                QCoreApplication::translate("AccessPolicy", "granted by '%1'")
                    .arg(best->target.toString())};
    }
    if (sawExpired) {
        return {AccessDecision::Outcome::Expired, std::nullopt,
                QCoreApplication::translate("AccessPolicy",
                                            "agent '%1' had a grant covering %2, but it expired")
                    .arg(agentName, target)};
    }
    return {AccessDecision::Outcome::NoGrant, std::nullopt,
            QCoreApplication::translate("AccessPolicy", "agent '%1' has no grant covering %2")
                .arg(agentName, target)};
}

} // namespace

AccessDecision AccessPolicy::forAction(const Catalog& catalog, const QString& agent,
                                       const Scope& action, const QDateTime& now)
{
    return decide(catalog, agent, action.toString(), now,
                  [&](const Grant& grant) { return grant.target.coversAction(action); });
}

QList<ResolvedSecret> AccessPolicy::deliverable(const Catalog& catalog, const SecretIndex& index,
                                                const QString& agent, const Scope& action,
                                                const QDateTime& now, AccessDecision* decision)
{
    const AccessDecision access = forAction(catalog, agent, action, now);
    if (decision) {
        *decision = access;
    }
    const Action* declared = catalog.action(action);
    if (!access.granted() || !declared) {
        return {};
    }
    QList<ResolvedSecret> result = Resolver::declared(*declared, index);
    result.removeIf([](const ResolvedSecret& entry) { return !entry.supplier; });
    return result;
}

AccessPolicy::ScopeGrant AccessPolicy::scopeGrant(const Catalog& catalog, const QString& agent,
                                                  const Scope& scope, const QDateTime& now)
{
    ScopeGrant result = ScopeGrant::None;
    for (const Grant& grant : catalog.grantsOf(agent)) {
        if (grant.target.isSecret() || grant.isExpiredAt(now)) {
            continue;
        }
        if (grant.target.scope() == scope) {
            return ScopeGrant::Direct;
        }
        if (scope.isWithin(grant.target.scope())) {
            result = ScopeGrant::Inherited;
        }
    }
    return result;
}

AccessDecision AccessPolicy::forScope(const Catalog& catalog, const QString& agent,
                                      const Scope& scope, const QDateTime& now)
{
    return decide(catalog, agent, scope.toString(), now, [&](const Grant& grant) {
        return !grant.target.isSecret() && scope.isWithin(grant.target.scope());
    });
}

AccessDecision AccessPolicy::forSecret(const Catalog& catalog, const QString& agent,
                                       const SecretRef& secret, const QDateTime& now)
{
    return decide(catalog, agent, secret.toString(), now, [&](const Grant& grant) {
        return grant.target.secret() && *grant.target.secret() == secret;
    });
}

QList<std::pair<QString, QString>> AccessPolicy::requiredBy(const Catalog& catalog,
                                                            const SecretIndex& index,
                                                            const SecretRef& secret,
                                                            const QDateTime& now)
{
    QList<std::pair<QString, QString>> result;
    for (const Action& action : catalog.actions()) {
        bool required = false;
        for (const Declaration& declaration : action.declarations) {
            required = required || (declaration.required && declaration.name == secret.name());
        }
        if (!required) {
            continue;
        }
        const std::optional<Scope> supplier =
            Resolver::resolve(action.scope(), secret.name(), index);
        if (!supplier || !(*supplier == secret.scope())) {
            continue;
        }
        for (const Agent& agent : catalog.agents()) {
            if (forAction(catalog, agent.name, action.scope(), now).granted()) {
                result.append({agent.name, action.scope().toString()});
            }
        }
    }
    for (const Agent& agent : catalog.agents()) {
        if (forSecret(catalog, agent.name, secret, now).granted()) {
            result.append({agent.name, secret.toString()});
        }
    }
    return result;
}

} // namespace scopevault
