#include "SqliteHistoryTable.h"

#include "SqliteRowScan.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace scopevault {

namespace {

QVariant blobOrNull(const QByteArray& bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes);
}

} // namespace

SqliteHistoryTable::SqliteHistoryTable(SqliteConnection& connection)
    : m_connection(connection)
{}

std::vector<VersionRecord> SqliteHistoryTable::versionsOf(const QByteArray& secretId)
{
    QSqlQuery query = m_connection.run(
        QStringLiteral("SELECT secret_id, version, changed_ms, info, value FROM secret_versions "
                       "WHERE secret_id = ? ORDER BY version"),
        {secretId}, "reading a secret's history");
    std::vector<VersionRecord> records;
    while (query.next()) {
        records.push_back({query.value(0).toByteArray(), query.value(1).toULongLong(),
                           query.value(2).toLongLong(), query.value(3).toByteArray(),
                           query.value(4).toByteArray(), QString()});
    }
    return records;
}

void SqliteHistoryTable::scan(const std::function<void(const VersionRecord&)>& visit)
{
    SqliteRowScan::forEachRow(
        m_connection.nativeHandle(), m_connection.path(),
        QStringLiteral("SELECT secret_id, version, changed_ms, info, value FROM secret_versions "
                       "ORDER BY secret_id, version"),
        QCoreApplication::translate("SqliteHistoryTable", "the secrets' history"),
        [&visit](sqlite3_stmt* row) {
            visit({SqliteRowScan::blobAt(row, 0).toByteArray(),
                   static_cast<quint64>(sqlite3_column_int64(row, 1)), sqlite3_column_int64(row, 2),
                   SqliteRowScan::blobAt(row, 3).toByteArray(),
                   SqliteRowScan::blobAt(row, 4).toByteArray(), QString()});
        });
}

void SqliteHistoryTable::put(const VersionRecord& record)
{
    m_connection.runCached(
        QStringLiteral("INSERT OR REPLACE INTO secret_versions (secret_id, version, changed_ms, "
                       "info, value) VALUES (?, ?, ?, ?, ?)"),
        {record.secretId, static_cast<qint64>(record.version), record.changedMs, record.info,
         blobOrNull(record.value)},
        "storing a secret's version");
}

void SqliteHistoryTable::remove(const VersionRecord& record)
{
    m_connection.runCached(
        QStringLiteral("DELETE FROM secret_versions WHERE secret_id = ? AND version = ?"),
        {record.secretId, static_cast<qint64>(record.version)}, "removing a secret's version");
}

} // namespace scopevault
