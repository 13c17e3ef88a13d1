#include "catalog/GrantTarget.h"

namespace scopevault {

GrantTarget::GrantTarget(const Scope& scope)
    : m_scope(scope)
{}

GrantTarget::GrantTarget(const SecretRef& secret)
    : m_scope(secret.scope())
    , m_secret(secret)
{}

GrantTarget GrantTarget::parse(const QString& text)
{
    if (text.contains(QLatin1Char(':'))) {
        return GrantTarget(SecretRef::parse(text));
    }
    return GrantTarget(Scope::parse(text));
}

QString GrantTarget::toString() const
{
    return m_secret ? m_secret->toString() : m_scope.toString();
}

bool GrantTarget::coversAction(const Scope& action) const
{
    if (m_secret) {
        return false;
    }
    switch (m_scope.kind()) {
    case Scope::Kind::System:
        return true;
    case Scope::Kind::Pack:
        return action.packName() == m_scope.packName();
    case Scope::Kind::Action:
        return action == m_scope;
    }
    return false;
}

} // namespace scopevault
