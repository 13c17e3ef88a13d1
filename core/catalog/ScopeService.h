#pragma once

#include "secrets/SecretService.h"

#include "catalog/Declaration.h"
#include "catalog/Scope.h"

#include <QString>
#include <QStringList>

namespace scopevault {

class VaultService;
class VaultStore;

/// Packs and actions as first-class objects: create, describe, declare, rename, delete.
class ScopeService final
{
public:
    /// What depends on a scope and would block its deletion.
    struct Dependents
    {
        QStringList secrets; // references
        QStringList grants;  // "AGENT -> TARGET"
        [[nodiscard]] bool isEmpty() const { return secrets.isEmpty() && grants.isEmpty(); }
    };

    explicit ScopeService(VaultService& vault);

    /// Creates a pack ("payments") or an action ("payments/charge", creating its pack too).
    /// Throws VaultError(Usage) when it exists.
    void create(const Scope& scope, const QString& description);
    void describe(const Scope& scope, const QString& description);
    /// Adds or replaces the action's declaration of `declaration.name`.
    void declare(const Scope& action, const Declaration& declaration);
    void undeclare(const Scope& action, const QString& name);
    [[nodiscard]] Dependents dependentsOf(const Scope& scope);
    /// Deletes a pack (with its actions) or an action. Without `force` it refuses with
    /// VaultError(Denied) listing every dependent; with it, they are deleted too.
    Dependents remove(const Scope& scope, bool force);
    /// Renames a pack or an action; secrets, actions and grants follow.
    void rename(const Scope& scope, const QString& newName);

private:
    void requireExists(const Scope& scope);

    VaultStore& m_store;
    SecretService m_secrets;
};

} // namespace scopevault
