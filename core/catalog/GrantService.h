#pragma once

#include "secrets/SecretService.h"

#include "catalog/Grant.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace scopevault {

class VaultService;
class VaultStore;

/// Grants: which agent may read which scope or secret, until when.
class GrantService final
{
public:
    explicit GrantService(VaultService& vault);

    /// Creates or replaces the grant of `target` to `agent`. Refuses unknown or revoked
    /// agents, targets that do not exist and expiry dates in the past.
    Grant grant(const QString& agent, const GrantTarget& target,
                const std::optional<QDateTime>& until);
    void revoke(const QString& agent, const GrantTarget& target);
    /// Every grant, or one agent's.
    [[nodiscard]] QList<Grant> list(const std::optional<QString>& agent);

private:
    VaultStore& m_store;
    SecretService m_secrets;
};

} // namespace scopevault
