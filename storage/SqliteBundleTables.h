#pragma once

#include "SqliteConnection.h"
#include "ports/BundleRecord.h"

#include <QByteArray>

#include <optional>
#include <utility>
#include <vector>

namespace scopevault {

/// The tables of issued bundles and imported receipts (bundles, receipts) of one vault file:
/// a part of SqliteVaultRepository, which delegates to it.
class SqliteBundleTables final
{
public:
    explicit SqliteBundleTables(SqliteConnection& connection);

    void insertBundle(const BundleRecord& record);
    void updateBundle(const BundleRecord& record);
    [[nodiscard]] std::optional<BundleRecord> findBundle(const QByteArray& id);
    [[nodiscard]] std::vector<BundleRecord> bundles();
    [[nodiscard]] bool hasReceipt(const QByteArray& tag);
    void insertReceipt(const QByteArray& tag, qint64 importedMs);
    [[nodiscard]] std::vector<std::pair<QByteArray, qint64>> receipts();

private:
    SqliteConnection& m_connection;
};

} // namespace scopevault
