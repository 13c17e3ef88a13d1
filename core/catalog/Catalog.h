#pragma once

#include "catalog/CatalogObject.h"

#include <QList>
#include <QMap>
#include <QString>

namespace scopevault {

/// The decrypted packs, actions, agents and grants of an unlocked vault, in memory.
class Catalog final
{
public:
    void put(const CatalogObject& object);
    /// Removes by CatalogCodec key.
    void remove(const QString& key);

    [[nodiscard]] const QMap<QString, Pack>& packs() const { return m_packs; }
    /// Keyed by "PACK/ACTION".
    [[nodiscard]] const QMap<QString, Action>& actions() const { return m_actions; }
    [[nodiscard]] const QMap<QString, Agent>& agents() const { return m_agents; }
    /// Keyed by Grant::key().
    [[nodiscard]] const QMap<QString, Grant>& grants() const { return m_grants; }
    /// Vault settings that were changed from their defaults, by key.
    [[nodiscard]] const QMap<QString, QString>& settings() const { return m_settings; }
    /// Keyed by RotationPolicy::key() (the target's text).
    [[nodiscard]] const QMap<QString, RotationPolicy>& rotationPolicies() const
    {
        return m_policies;
    }

    /// The last scan of each pack, by pack name.
    [[nodiscard]] const QMap<QString, ScanRecord>& scans() const { return m_scans; }

    [[nodiscard]] const Pack* pack(const QString& name) const;
    [[nodiscard]] const Action* action(const Scope& scope) const;
    [[nodiscard]] const Agent* agent(const QString& name) const;
    [[nodiscard]] QList<Action> actionsOf(const QString& pack) const;
    /// Every scope in tree order: system, then each pack followed by its actions.
    [[nodiscard]] QList<Scope> scopes() const;
    [[nodiscard]] QList<Grant> grantsOf(const QString& agent) const;
    /// True when the pack (and, for an action scope, the action) exists; system always does.
    [[nodiscard]] bool hasScope(const Scope& scope) const;

private:
    QMap<QString, Pack> m_packs;
    QMap<QString, Action> m_actions;
    QMap<QString, Agent> m_agents;
    QMap<QString, Grant> m_grants;
    QMap<QString, QString> m_settings;
    QMap<QString, RotationPolicy> m_policies;
    QMap<QString, ScanRecord> m_scans;
};

} // namespace scopevault
