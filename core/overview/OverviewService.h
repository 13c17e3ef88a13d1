#pragma once

#include "overview/VaultOverview.h"
#include "secrets/SecretInfo.h"

#include <vector>

namespace scopevault {

class VaultService;

/// Builds the vault's overview from the same services the views use: coverage for the gaps,
/// the bundle registry, the rotation schedule and the audit log.
class OverviewService final
{
public:
    /// A bundle expiring within this many days is listed as expiring.
    static constexpr int bundleWarningDays = 7;

    explicit OverviewService(VaultService& vault);

    /// `listing`: every secret's metadata (the caller's listing, so that it is decrypted once);
    /// `latestEvents`: how many of the newest audit events to include.
    [[nodiscard]] VaultOverview summarize(const std::vector<SecretInfo>& listing,
                                          int latestEvents = 8);

private:
    VaultService& m_vault;
};

} // namespace scopevault
