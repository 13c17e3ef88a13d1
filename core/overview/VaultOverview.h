#pragma once

#include "audit/AuditEntry.h"
#include "bundles/BundleStatus.h"
#include "rotation/RotationItem.h"
#include "scan/ScanGate.h"
#include "secrets/SecretRef.h"

#include <QList>
#include <QString>

#include <vector>

namespace scopevault {

/// What the admin should know first about a vault: its size, and each thing that needs a
/// decision (agents that would not receive a required secret, bundles about to expire or
/// holding old values, rotations due or late) and the newest audit events. Never a value.
struct VaultOverview
{
    struct AgentGap
    {
        QString agent;
        QList<SecretRef> missing; // required secrets of granted actions, defined nowhere
    };

    int secrets = 0;
    int packs = 0;
    int actions = 0;
    int activeAgents = 0;
    int suspendedAgents = 0;
    int liveGrants = 0;
    int validBundles = 0;

    QList<AgentGap> gaps;
    /// Unexpired issued bundles that expire within `bundleWarningDays` or are stale.
    QList<BundleStatus> bundles;
    /// Secrets whose rotation is due, overdue or expired, most urgent first.
    std::vector<RotationItem> rotation;
    /// Skill packs whose scan failed, changed since or is due again (ScanGate::attention).
    QList<ScanGate::Failure> packScans;
    /// Packs with a recorded scan (to tell "none failed" from "none scanned").
    int scannedPacks = 0;
    /// The newest audit events, newest first.
    std::vector<AuditEntry> latest;
};

} // namespace scopevault
