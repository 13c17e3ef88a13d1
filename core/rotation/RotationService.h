#pragma once

#include "catalog/RotationPolicy.h"
#include "rotation/RotationItem.h"
#include "secrets/SecretInfo.h"

#include "SecureBuffer.h"

#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace scopevault {

class VaultService;
class VaultStore;

/// Rotation policies (per secret, or a default on a scope), the schedule they make, and
/// rotating a value. The CLI and the GUI call the same service.
class RotationService final
{
public:
    /// What `rotation set` changes: fields not given keep their current value.
    struct PolicyChange
    {
        std::optional<qint64> everySeconds;
        std::optional<qint64> warnSeconds;
        std::optional<QDate> expires;
        /// Start from no policy instead of the target's current one (the GUI sets it whole).
        bool replace = false;
    };

    /// The result of a rotation: the new version and who still holds an older value.
    struct Rotated
    {
        quint64 version = 0;
        /// Agents with an unexpired bundle holding an older version (re-export them).
        QStringList staleAgents;
    };

    /// The warning window when a policy names none.
    static constexpr qint64 DefaultWarnSeconds = 14 * 24 * 3600;

    explicit RotationService(VaultService& vault);

    /// Sets (or changes) the policy of a secret or scope that exists; audited. Throws
    /// VaultError(Usage) for a policy with neither an interval nor an expiry date, or a
    /// warning window that is not shorter than the interval. Without a warning window given,
    /// one that would not fit the interval becomes half of it.
    RotationPolicy setPolicy(const GrantTarget& target, const PolicyChange& change);
    /// Removes it; VaultError(NotFound) when the target has none.
    void clearPolicy(const GrantTarget& target);
    [[nodiscard]] QList<RotationPolicy> policies();
    /// The policy in force for a secret: its own, else its action's, its pack's, or system's.
    [[nodiscard]] std::optional<RotationItem> itemFor(const SecretInfo& secret);

    /// Every secret with a policy in force, ordered by due date.
    [[nodiscard]] std::vector<RotationItem> schedule(const RotationFilter& filter = {});
    /// The same over a listing the caller already has (the GUI lists once for every view).
    [[nodiscard]] std::vector<RotationItem> scheduleOf(const std::vector<SecretInfo>& secrets,
                                                       const RotationFilter& filter = {});

    /// Rotates an existing secret to `value` (secret.rotated, with keyed tags of the old and
    /// the new value). Refuses a value this secret held before unless `allowReuse`.
    Rotated rotate(const SecretRef& ref, const SecureBuffer& value, bool allowReuse);

    /// The status of an item at `nowMs` (the rules in docs/USER-GUIDE.md, "Rotation").
    static void evaluate(RotationItem& item, qint64 nowMs);

private:
    VaultService& m_vault;
    VaultStore& m_store;
};

} // namespace scopevault
