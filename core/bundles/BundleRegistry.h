#pragma once

#include "bundles/IssuedBundle.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace scopevault {

class VaultService;
class VaultStore;

/// What the vault remembers of the bundles it issued (sealed entries; ids and times in
/// clear) and of the agent receipts it imported (keyed tags of their ids).
class BundleRegistry final
{
public:
    explicit BundleRegistry(VaultService& vault);

    void registerBundle(const IssuedBundle& bundle);
    [[nodiscard]] std::optional<IssuedBundle> issuedBundle(const QByteArray& id);
    /// Newest first.
    [[nodiscard]] QList<IssuedBundle> issuedBundles();
    [[nodiscard]] bool receiptSeen(const QString& receiptId);
    void rememberReceipt(const QString& receiptId);

private:
    VaultStore& m_store;
};

} // namespace scopevault
