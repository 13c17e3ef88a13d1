#pragma once

#include "SqliteConnection.h"
#include "ports/VersionRecord.h"

#include <QByteArray>

#include <functional>
#include <vector>

namespace scopevault {

/// The table of secret versions (secret_versions) of one vault file: a part of
/// SqliteVaultRepository, which delegates to it.
class SqliteHistoryTable final
{
public:
    explicit SqliteHistoryTable(SqliteConnection& connection);

    [[nodiscard]] std::vector<VersionRecord> versionsOf(const QByteArray& secretId);
    void scan(const std::function<void(const VersionRecord&)>& visit);
    void put(const VersionRecord& record);
    void remove(const VersionRecord& record);

private:
    SqliteConnection& m_connection;
};

} // namespace scopevault
