#pragma once

#include "access/AccessDecision.h"
#include "access/ResolvedSecret.h"
#include "catalog/Catalog.h"
#include "secrets/SecretIndex.h"

#include <QDateTime>

namespace scopevault {

/// The grant rules, fail closed: no active agent or no live grant covering the target means
/// no access. See docs/USER-GUIDE.md, "Grants".
class AccessPolicy final
{
public:
    /// May `agent` receive the declared secrets of `action`? (a grant on the action, its pack
    /// or system).
    [[nodiscard]] static AccessDecision forAction(const Catalog& catalog, const QString& agent,
                                                  const Scope& action, const QDateTime& now);
    /// What `agent` receives for `action`: its declared secrets that resolve, each from the
    /// most specific scope, when a live grant covers the action; nothing otherwise.
    [[nodiscard]] static QList<ResolvedSecret>
    deliverable(const Catalog& catalog, const SecretIndex& index, const QString& agent,
                const Scope& action, const QDateTime& now, AccessDecision* decision = nullptr);
    /// How a scope is granted to an agent, whatever the agent's status: by a live grant on
    /// exactly it, through a live grant on a broader scope, or not at all.
    enum class ScopeGrant
    {
        Direct,
        Inherited,
        None,
    };
    [[nodiscard]] static ScopeGrant scopeGrant(const Catalog& catalog, const QString& agent,
                                               const Scope& scope, const QDateTime& now);
    /// May `agent` receive what is stored at `scope` and inside it? (a live scope grant on it
    /// or a broader scope, and the agent active). A suspended or revoked agent receives
    /// nothing even where scopeGrant() says it is granted.
    [[nodiscard]] static AccessDecision forScope(const Catalog& catalog, const QString& agent,
                                                 const Scope& scope, const QDateTime& now);
    /// May `agent` receive this one secret on its own? (a grant on exactly that secret).
    [[nodiscard]] static AccessDecision forSecret(const Catalog& catalog, const QString& agent,
                                                  const SecretRef& secret, const QDateTime& now);
    /// Who receives this stored secret now, and through what: each agent with the action (or,
    /// for a grant on exactly the secret, the reference) through which it is delivered. An
    /// action counts when it declares the name as required and the name resolves to `secret`
    /// (what deleting it would break).
    [[nodiscard]] static QList<std::pair<QString, QString>> requiredBy(const Catalog& catalog,
                                                                       const SecretIndex& index,
                                                                       const SecretRef& secret,
                                                                       const QDateTime& now);
};

} // namespace scopevault
