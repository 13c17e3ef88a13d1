#include "catalog/ScopeService.h"
#include "audit/AuditAction.h"

#include "store/StoreAccess.h"
#include "store/VaultStore.h"

#include "audit/AuditEvent.h"
#include "crypto/CatalogCodec.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>

namespace scopevault {

namespace {

enum class Verb
{
    Described,
    Deleted,
    Renamed,
};

// pack.described, action.renamed, ...
AuditAction eventName(const Scope& scope, Verb verb)
{
    const bool pack = scope.kind() == Scope::Kind::Pack;
    switch (verb) {
    case Verb::Described:
        return pack ? AuditAction::PackDescribed : AuditAction::ActionDescribed;
    case Verb::Deleted:
        return pack ? AuditAction::PackDeleted : AuditAction::ActionDeleted;
    case Verb::Renamed:
        break;
    }
    return pack ? AuditAction::PackRenamed : AuditAction::ActionRenamed;
}

// The scope `scope` becomes once the pack or action `renamed` is called `newName`.
Scope renamedScope(const Scope& scope, const Scope& renamed, const QString& newName)
{
    if (renamed.kind() == Scope::Kind::Pack) {
        return scope.kind() == Scope::Kind::Pack ? Scope::pack(newName)
                                                 : Scope::action(newName, scope.actionName());
    }
    return Scope::action(scope.packName(), newName);
}

} // namespace

ScopeService::ScopeService(VaultService& vault)
    : m_store(storeOf(vault))
    , m_secrets(vault)
{}

void ScopeService::requireExists(const Scope& scope)
{
    if (scope.kind() == Scope::Kind::System) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("ScopeService",
                                                     "'system' is built in and cannot be changed"));
    }
    if (!m_store.catalog().hasScope(scope)) {
        throw VaultError(ErrorCode::NotFound,
                         QCoreApplication::translate("ScopeService", "no %1 '%2'")
                             .arg(scope.kind() == Scope::Kind::Pack
                                      ? QCoreApplication::translate("ScopeService", "pack")
                                      : QCoreApplication::translate("ScopeService", "action"),
                                  scope.toString()));
    }
}

void ScopeService::create(const Scope& scope, const QString& description)
{
    if (scope.kind() == Scope::Kind::System) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("ScopeService", "'system' always exists"));
    }
    if (m_store.catalog().hasScope(scope)) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("ScopeService", "'%1' already exists")
                             .arg(scope.toString()));
    }
    m_store.transact([&] {
        m_store.ensureScope(scope);
        if (!description.isEmpty()) {
            describe(scope, description);
        }
    });
}

void ScopeService::describe(const Scope& scope, const QString& description)
{
    requireExists(scope);
    m_store.transact([&] {
        if (scope.kind() == Scope::Kind::Pack) {
            Pack pack = *m_store.catalog().pack(scope.packName());
            pack.description = description;
            m_store.putObject(pack);
        } else {
            Action action = *m_store.catalog().action(scope);
            action.description = description;
            m_store.putObject(action);
        }
        m_store.record({eventName(scope, Verb::Described),
                        scope.toString(),
                        AuditEvent::Outcome::Success,
                        {}});
    });
}

void ScopeService::declare(const Scope& action, const Declaration& declaration)
{
    if (action.kind() != Scope::Kind::Action) {
        throw VaultError(
            ErrorCode::Usage,
            QCoreApplication::translate("ScopeService",
                                        "only actions declare secrets; '%1' is not PACK/ACTION")
                .arg(action.toString()));
    }
    if (!SecretRef::isValidName(declaration.name)) {
        (void)SecretRef(action, declaration.name); // throws the precise message
    }
    requireExists(action);
    Action updated = *m_store.catalog().action(action);
    bool replaced = false;
    for (Declaration& each : updated.declarations) {
        if (each.name == declaration.name) {
            each = declaration;
            replaced = true;
        }
    }
    if (!replaced) {
        updated.declarations.append(declaration);
    }
    m_store.transact([&] {
        m_store.putObject(updated);
        m_store.record({AuditAction::ActionDeclared, action.toString(),
                        AuditEvent::Outcome::Success,
                        QJsonObject{{QStringLiteral("name"), declaration.name},
                                    {QStringLiteral("required"), declaration.required}}});
    });
}

void ScopeService::undeclare(const Scope& action, const QString& name)
{
    requireExists(action);
    Action updated = *m_store.catalog().action(action);
    const qsizetype removed =
        updated.declarations.removeIf([&](const Declaration& each) { return each.name == name; });
    if (removed == 0) {
        throw VaultError(ErrorCode::NotFound, QCoreApplication::translate(
                                                  "ScopeService", "action '%1' does not declare %2")
                                                  .arg(action.toString(), name));
    }
    m_store.transact([&] {
        m_store.putObject(updated);
        m_store.record({AuditAction::ActionUndeclared, action.toString(),
                        AuditEvent::Outcome::Success, QJsonObject{{QStringLiteral("name"), name}}});
    });
}

ScopeService::Dependents ScopeService::dependentsOf(const Scope& scope)
{
    Dependents dependents;
    for (const SecretInfo& info : m_secrets.listSecrets(scope)) {
        dependents.secrets.append(info.ref.toString());
    }
    for (const Grant& grant : m_store.catalog().grants()) {
        if (grant.target.scope().isWithin(scope)) {
            dependents.grants.append(grant.agent + QStringLiteral(" -> ") +
                                     grant.target.toString());
        }
    }
    return dependents;
}

ScopeService::Dependents ScopeService::remove(const Scope& scope, bool force)
{
    requireExists(scope);
    const Dependents dependents = dependentsOf(scope);
    if (!dependents.isEmpty() && !force) {
        QStringList lines;
        for (const QString& secret : dependents.secrets) {
            lines << QCoreApplication::translate("ScopeService", "  secret %1").arg(secret);
        }
        for (const QString& grant : dependents.grants) {
            lines << QCoreApplication::translate("ScopeService", "  grant %1").arg(grant);
        }
        throw VaultError(ErrorCode::Denied,
                         QCoreApplication::translate("ScopeService", "'%1' is still used by:\n%2")
                             .arg(scope.toString(), lines.join(QLatin1Char('\n'))),
                         VaultError::Remedy::ForceDeletesDependents,
                         dependents.secrets + dependents.grants);
    }
    m_store.transact([&] {
        for (const QString& secret : dependents.secrets) {
            m_secrets.removeSecret(SecretRef::parse(secret));
        }
        const QList<Grant> grants = m_store.catalog().grants().values();
        for (const Grant& grant : grants) {
            if (grant.target.scope().isWithin(scope)) {
                m_store.removeObject(CatalogCodec::keyOf(grant));
                m_store.record(
                    {AuditAction::GrantRevoked, grant.target.toString(),
                     AuditEvent::Outcome::Success,
                     QJsonObject{{QStringLiteral("agent"), grant.agent},
                                 {QStringLiteral("reason"), QStringLiteral("scope deleted")}}});
            }
        }
        const QList<Action> actions = m_store.catalog().actions().values();
        for (const Action& action : actions) {
            if (action.scope().isWithin(scope)) {
                m_store.removeObject(CatalogCodec::keyOf(action));
            }
        }
        // Rotation policies on the scope and inside it go with it (those of its secrets went
        // with each secret).
        const QList<RotationPolicy> policies = m_store.catalog().rotationPolicies().values();
        for (const RotationPolicy& policy : policies) {
            if (!policy.target.isSecret() && policy.target.scope().isWithin(scope)) {
                m_store.removeObject(CatalogCodec::keyOf(policy));
            }
        }
        if (scope.kind() == Scope::Kind::Pack) {
            m_store.removeObject(CatalogCodec::packKey(scope.packName()));
        }
        m_store.record({eventName(scope, Verb::Deleted), scope.toString(),
                        AuditEvent::Outcome::Success,
                        QJsonObject{{QStringLiteral("secrets"), int(dependents.secrets.size())},
                                    {QStringLiteral("grants"), int(dependents.grants.size())},
                                    {QStringLiteral("force"), force}}});
    });
    return dependents;
}

void ScopeService::rename(const Scope& scope, const QString& newName)
{
    requireExists(scope);
    const Scope target = renamedScope(scope, scope, newName); // validates the new name
    if (m_store.catalog().hasScope(target)) {
        throw VaultError(
            ErrorCode::Usage,
            QCoreApplication::translate("ScopeService", "cannot rename '%1': '%2' already exists")
                .arg(scope.toString(), target.toString()));
    }
    m_store.transact([&] {
        if (scope.kind() == Scope::Kind::Pack) {
            Pack pack = *m_store.catalog().pack(scope.packName());
            m_store.removeObject(CatalogCodec::keyOf(pack));
            pack.name = newName;
            m_store.putObject(pack);
        }
        const QList<Action> actions = m_store.catalog().actions().values();
        for (Action action : actions) {
            if (!action.scope().isWithin(scope)) {
                continue;
            }
            m_store.removeObject(CatalogCodec::keyOf(action));
            const Scope moved = renamedScope(action.scope(), scope, newName);
            action.pack = moved.packName();
            action.name = moved.actionName();
            m_store.putObject(action);
        }
        for (const SecretInfo& info : m_secrets.listSecrets(scope)) {
            m_secrets.moveSecret(info.ref, SecretRef(renamedScope(info.ref.scope(), scope, newName),
                                                     info.ref.name()));
        }
        const QList<Grant> grants = m_store.catalog().grants().values();
        for (Grant grant : grants) {
            if (!grant.target.scope().isWithin(scope)) {
                continue;
            }
            m_store.removeObject(CatalogCodec::keyOf(grant));
            const Scope moved = renamedScope(grant.target.scope(), scope, newName);
            grant.target = grant.target.secret()
                               ? GrantTarget(SecretRef(moved, grant.target.secret()->name()))
                               : GrantTarget(moved);
            m_store.putObject(grant);
        }
        const QList<RotationPolicy> policies = m_store.catalog().rotationPolicies().values();
        for (RotationPolicy policy : policies) {
            if (policy.target.isSecret() || !policy.target.scope().isWithin(scope)) {
                continue;
            }
            m_store.removeObject(CatalogCodec::keyOf(policy));
            policy.target = GrantTarget(renamedScope(policy.target.scope(), scope, newName));
            m_store.putObject(policy);
        }
        m_store.record({eventName(scope, Verb::Renamed), scope.toString(),
                        AuditEvent::Outcome::Success,
                        QJsonObject{{QStringLiteral("to"), target.toString()}}});
    });
}

} // namespace scopevault
