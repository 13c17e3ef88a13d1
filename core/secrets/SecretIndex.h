#pragma once

#include "secrets/SecretInfo.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace scopevault {

/// Which secret names exist at which scope, built once from a listing so that resolving
/// many actions never touches storage or ciphertext.
class SecretIndex final
{
public:
    SecretIndex() = default;
    explicit SecretIndex(const std::vector<SecretInfo>& secrets);

    void insert(const SecretRef& ref, quint64 version = 1);
    [[nodiscard]] bool contains(const Scope& scope, const QString& name) const;
    [[nodiscard]] quint64 version(const Scope& scope, const QString& name) const;
    [[nodiscard]] QStringList namesAt(const Scope& scope) const;

private:
    QHash<QString, QHash<QString, quint64>> m_byScope; // scope text -> name -> version
};

} // namespace scopevault
