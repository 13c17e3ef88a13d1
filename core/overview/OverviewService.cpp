#include "overview/OverviewService.h"

#include "access/Coverage.h"
#include "audit/AuditAction.h"
#include "audit/AuditService.h"
#include "bundles/BundleService.h"
#include "rotation/RotationService.h"
#include "scan/ScanGate.h"
#include "secrets/SecretIndex.h"
#include "vault/VaultService.h"

namespace scopevault {

OverviewService::OverviewService(VaultService& vault)
    : m_vault(vault)
{}

VaultOverview OverviewService::summarize(const std::vector<SecretInfo>& listing, int latestEvents)
{
    VaultOverview overview;
    const Catalog& catalog = m_vault.catalog();
    const QDateTime now = m_vault.clock().nowUtc();
    overview.secrets = static_cast<int>(listing.size());
    overview.packs = static_cast<int>(catalog.packs().size());
    overview.actions = static_cast<int>(catalog.actions().size());
    for (const Grant& grant : catalog.grants()) {
        overview.liveGrants += grant.isExpiredAt(now) ? 0 : 1;
    }

    const SecretIndex index(listing);
    for (const Agent& agent : catalog.agents()) {
        if (agent.status == Agent::Status::Suspended) {
            ++overview.suspendedAgents;
        }
        if (agent.status != Agent::Status::Active) {
            continue;
        }
        ++overview.activeAgents;
        const CoverageReport report =
            Coverage::compute(catalog, index, std::nullopt, agent.name, now);
        VaultOverview::AgentGap gap{agent.name, {}};
        for (const CoverageReport::Item& item : report.items) {
            if (item.state == CoverageReport::State::MissingRequired) {
                gap.missing << SecretRef(item.action, item.declaration.name);
            }
        }
        if (!gap.missing.isEmpty()) {
            overview.gaps << gap;
        }
    }

    const qint64 warnUntil = now.addDays(bundleWarningDays).toMSecsSinceEpoch();
    for (BundleStatus& status : BundleService(m_vault).issuedStatus(std::nullopt)) {
        if (status.expired) {
            continue;
        }
        ++overview.validBundles;
        if (status.isStale() || status.bundle.expiresMs <= warnUntil) {
            overview.bundles << std::move(status);
        }
    }
    std::sort(overview.bundles.begin(), overview.bundles.end(),
              [](const BundleStatus& a, const BundleStatus& b) {
                  return a.bundle.expiresMs < b.bundle.expiresMs;
              });

    for (RotationItem& item : RotationService(m_vault).scheduleOf(listing)) {
        if (item.status != RotationStatus::Ok) {
            overview.rotation.push_back(std::move(item));
        }
    }
    std::stable_sort(overview.rotation.begin(), overview.rotation.end(),
                     [](const RotationItem& a, const RotationItem& b) {
                         return RotationStatuses::isLate(a.status) &&
                                !RotationStatuses::isLate(b.status);
                     });

    overview.packScans = ScanGate(m_vault).attention();
    overview.scannedPacks = int(catalog.scans().size());

    if (latestEvents > 0) {
        // Activity, not sessions: every CLI command and every window unlocks and locks, and
        // those pairs would push out what the admin looks for. A failed unlock stays.
        AuditFilter filter;
        filter.limit = latestEvents * 8;
        const QString unlocked = AuditActions::name(AuditAction::VaultUnlocked);
        const QString locked = AuditActions::name(AuditAction::VaultLocked);
        std::vector<AuditEntry> entries = AuditService(m_vault).query(filter); // oldest first
        std::reverse(entries.begin(), entries.end());
        for (AuditEntry& entry : entries) {
            if (entry.action != unlocked && entry.action != locked &&
                static_cast<int>(overview.latest.size()) < latestEvents) {
                overview.latest.push_back(std::move(entry));
            }
        }
    }
    return overview;
}

} // namespace scopevault
