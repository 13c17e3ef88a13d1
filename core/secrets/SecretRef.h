#pragma once

#include "catalog/Scope.h"

#include <QString>

namespace scopevault {

/// A secret reference SCOPE:NAME, e.g. system:OPENAI_API_KEY or payments/charge:STRIPE_KEY.
class SecretRef final
{
public:
    SecretRef(const Scope& scope, const QString& name);
    /// Parses "SCOPE:NAME". Throws VaultError(Usage) naming the reference and the bad part.
    static SecretRef parse(const QString& text);
    /// True for an environment-variable name: [A-Za-z_][A-Za-z0-9_]*, at most 255 characters.
    static bool isValidName(const QString& name);

    [[nodiscard]] const Scope& scope() const { return m_scope; }
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] QString toString() const;

    bool operator==(const SecretRef& other) const
    {
        return m_scope == other.m_scope && m_name == other.m_name;
    }

private:
    Scope m_scope;
    QString m_name;
};

} // namespace scopevault
