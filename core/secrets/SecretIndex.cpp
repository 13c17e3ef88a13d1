#include "secrets/SecretIndex.h"

namespace scopevault {

SecretIndex::SecretIndex(const std::vector<SecretInfo>& secrets)
{
    for (const SecretInfo& info : secrets) {
        insert(info.ref, info.version);
    }
}

void SecretIndex::insert(const SecretRef& ref, quint64 version)
{
    m_byScope[ref.scope().toString()].insert(ref.name(), version);
}

bool SecretIndex::contains(const Scope& scope, const QString& name) const
{
    const auto it = m_byScope.constFind(scope.toString());
    return it != m_byScope.cend() && it->contains(name);
}

quint64 SecretIndex::version(const Scope& scope, const QString& name) const
{
    const auto it = m_byScope.constFind(scope.toString());
    return it == m_byScope.cend() ? 0 : it->value(name, 0);
}

QStringList SecretIndex::namesAt(const Scope& scope) const
{
    const auto it = m_byScope.constFind(scope.toString());
    return it == m_byScope.cend() ? QStringList() : it->keys();
}

} // namespace scopevault
