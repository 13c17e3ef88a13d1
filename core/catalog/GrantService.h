#pragma once

#include "catalog/Grant.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace scopevault {

class VaultService;

/// Grants: which agent may read which scope or secret, until when.
class GrantService final
{
public:
    explicit GrantService(VaultService& vault);

    /// Parses "YYYY-MM-DD" (through the end of that day, UTC) or an ISO 8601 date-time.
    /// Throws VaultError(Usage).
    [[nodiscard]] static QDateTime parseUntil(const QString& text);

    /// Creates or replaces the grant of `target` to `agent`. Refuses unknown or revoked
    /// agents, targets that do not exist and expiry dates in the past.
    Grant grant(const QString& agent, const GrantTarget& target,
                const std::optional<QDateTime>& until);
    void revoke(const QString& agent, const GrantTarget& target);
    /// Every grant, or one agent's.
    [[nodiscard]] QList<Grant> list(const std::optional<QString>& agent);

private:
    VaultService& m_vault;
};

} // namespace scopevault
