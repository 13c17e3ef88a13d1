#pragma once

#include "bundles/BundleRegistry.h"
#include "secrets/SecretService.h"

#include "bundles/BundleExport.h"
#include "bundles/BundlePlan.h"
#include "bundles/BundleRequest.h"
#include "bundles/BundleStatus.h"
#include "bundles/IssuedBundle.h"
#include "bundles/ReceiptImport.h"

#include <QList>
#include <QString>

#include <optional>

namespace scopevault {

class VaultService;
class VaultStore;

/// Bundles from the admin's side: plan and export per-agent bundles under the grant rules,
/// list what was issued, and import the receipts agents send back.
class BundleService final
{
public:
    explicit BundleService(VaultService& vault);

    /// What an export would hold and every problem, without reading a value.
    [[nodiscard]] BundlePlan plan(const QString& agent, const QList<Scope>& actions);
    /// Exports one bundle (see exportBundles).
    BundleExport exportBundle(const BundleRequest& request);
    /// Exports bundles in one transaction: each is planned, built, registered, recorded
    /// (bundle.exported: agent, bundle id, expiry, per secret its reference, version and
    /// keyed tag) and written. Throws VaultError(Denied) listing every problem of every
    /// request, and records the refusal; nothing is written then.
    QList<BundleExport> exportBundles(const QList<BundleRequest>& requests);
    /// Issued bundles, newest first, optionally one agent's.
    [[nodiscard]] QList<IssuedBundle> issued(const std::optional<QString>& agent);
    /// The same with each bundle's status: expired, and which secrets changed since (stale).
    [[nodiscard]] QList<BundleStatus> issuedStatus(const std::optional<QString>& agent);
    /// Imports a receipt file: every line must name a bundle this vault issued to the agent
    /// it names (and only secrets and actions that bundle holds); valid lines become agent
    /// events, lines seen before are skipped, the rest are refused with the reason.
    ReceiptImport importReceipts(const QString& path);

private:
    VaultService& m_vault;
    VaultStore& m_store;
    SecretService m_secrets;
    BundleRegistry m_registry;
};

} // namespace scopevault
