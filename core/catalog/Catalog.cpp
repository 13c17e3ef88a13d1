#include "catalog/Catalog.h"

namespace scopevault {

void Catalog::put(const CatalogObject& object)
{
    struct Put
    {
        Catalog& catalog;
        void operator()(const Pack& pack) const { catalog.m_packs.insert(pack.name, pack); }
        void operator()(const Action& action) const
        {
            catalog.m_actions.insert(action.scope().toString(), action);
        }
        void operator()(const Agent& agent) const { catalog.m_agents.insert(agent.name, agent); }
        void operator()(const Grant& grant) const { catalog.m_grants.insert(grant.key(), grant); }
        void operator()(const Setting& setting) const
        {
            catalog.m_settings.insert(setting.key, setting.value);
        }
        void operator()(const RotationPolicy& policy) const
        {
            catalog.m_policies.insert(policy.key(), policy);
        }
        void operator()(const ScanRecord& scan) const { catalog.m_scans.insert(scan.key(), scan); }
    };
    std::visit(Put{*this}, object);
}

void Catalog::remove(const QString& key)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    const QString kind = key.left(colon);
    const QString name = key.mid(colon + 1);
    if (kind == QLatin1String("pack")) {
        m_packs.remove(name);
    } else if (kind == QLatin1String("action")) {
        m_actions.remove(name);
    } else if (kind == QLatin1String("agent")) {
        m_agents.remove(name);
    } else if (kind == QLatin1String("scan")) {
        m_scans.remove(name);
    } else if (kind == QLatin1String("grant")) {
        m_grants.remove(name);
    } else if (kind == QLatin1String("setting")) {
        m_settings.remove(name);
    } else if (kind == QLatin1String("rotation")) {
        m_policies.remove(name);
    }
}

const Pack* Catalog::pack(const QString& name) const
{
    const auto it = m_packs.constFind(name);
    return it == m_packs.cend() ? nullptr : &it.value();
}

const Action* Catalog::action(const Scope& scope) const
{
    const auto it = m_actions.constFind(scope.toString());
    return it == m_actions.cend() ? nullptr : &it.value();
}

const Agent* Catalog::agent(const QString& name) const
{
    const auto it = m_agents.constFind(name);
    return it == m_agents.cend() ? nullptr : &it.value();
}

QList<Scope> Catalog::scopes() const
{
    QList<Scope> result{Scope::system()};
    for (const QString& pack : m_packs.keys()) {
        result << Scope::pack(pack);
        for (const Action& action : actionsOf(pack)) {
            result << action.scope();
        }
    }
    return result;
}

QList<Action> Catalog::actionsOf(const QString& pack) const
{
    QList<Action> result;
    for (const Action& action : m_actions) {
        if (action.pack == pack) {
            result.append(action);
        }
    }
    return result;
}

QList<Grant> Catalog::grantsOf(const QString& agent) const
{
    QList<Grant> result;
    for (const Grant& grant : m_grants) {
        if (grant.agent == agent) {
            result.append(grant);
        }
    }
    return result;
}

bool Catalog::hasScope(const Scope& scope) const
{
    switch (scope.kind()) {
    case Scope::Kind::System:
        return true;
    case Scope::Kind::Pack:
        return pack(scope.packName()) != nullptr;
    case Scope::Kind::Action:
        return action(scope) != nullptr;
    }
    return false;
}

} // namespace scopevault
