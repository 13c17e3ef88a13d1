#pragma once

#include "catalog/Scope.h"
#include "secrets/SecretRef.h"

#include <QString>

#include <optional>

namespace scopevault {

/// What a grant opens: a scope (system, a pack, an action) or one secret (SCOPE:NAME).
class GrantTarget final
{
public:
    explicit GrantTarget(const Scope& scope);
    explicit GrantTarget(const SecretRef& secret);
    /// Parses "system", "PACK", "PACK/ACTION" or "SCOPE:NAME". Throws VaultError(Usage).
    static GrantTarget parse(const QString& text);

    [[nodiscard]] bool isSecret() const { return m_secret.has_value(); }
    /// The scope granted, or the scope of the granted secret.
    [[nodiscard]] const Scope& scope() const { return m_scope; }
    [[nodiscard]] const std::optional<SecretRef>& secret() const { return m_secret; }
    [[nodiscard]] QString toString() const;
    /// True when this scope grant covers the action (system covers all, a pack its actions).
    [[nodiscard]] bool coversAction(const Scope& action) const;

    bool operator==(const GrantTarget& other) const { return toString() == other.toString(); }

private:
    Scope m_scope;
    std::optional<SecretRef> m_secret;
};

} // namespace scopevault
