#include "SqliteBundleTables.h"

#include <QSqlQuery>

namespace scopevault {

SqliteBundleTables::SqliteBundleTables(SqliteConnection& connection)
    : m_connection(connection)
{}

namespace {

BundleRecord bundleFrom(const QSqlQuery& query)
{
    return {query.value(0).toByteArray(), query.value(1).toLongLong(), query.value(2).toLongLong(),
            query.value(3).toByteArray()};
}

} // namespace

void SqliteBundleTables::insertBundle(const BundleRecord& record)
{
    m_connection.run(QStringLiteral("INSERT INTO bundles (id, created_ms, expires_ms, payload) "
                                    "VALUES (?, ?, ?, ?)"),
                     {record.id, record.createdMs, record.expiresMs, record.payload},
                     "registering a bundle");
}

void SqliteBundleTables::updateBundle(const BundleRecord& record)
{
    m_connection.run(QStringLiteral("UPDATE bundles SET payload = ? WHERE id = ?"),
                     {record.payload, record.id}, "updating a bundle");
}

std::optional<BundleRecord> SqliteBundleTables::findBundle(const QByteArray& id)
{
    QSqlQuery query = m_connection.run(
        QStringLiteral("SELECT id, created_ms, expires_ms, payload FROM bundles WHERE id = ?"),
        {id}, "reading a bundle");
    if (!query.next()) {
        return std::nullopt;
    }
    return bundleFrom(query);
}

std::vector<BundleRecord> SqliteBundleTables::bundles()
{
    QSqlQuery query = m_connection.run(QStringLiteral("SELECT id, created_ms, expires_ms, payload "
                                                      "FROM bundles ORDER BY created_ms DESC"),
                                       "listing bundles");
    std::vector<BundleRecord> records;
    while (query.next()) {
        records.push_back(bundleFrom(query));
    }
    return records;
}

bool SqliteBundleTables::hasReceipt(const QByteArray& tag)
{
    QSqlQuery query = m_connection.run(QStringLiteral("SELECT 1 FROM receipts WHERE tag = ?"),
                                       {tag}, "reading receipts");
    return query.next();
}

void SqliteBundleTables::insertReceipt(const QByteArray& tag, qint64 importedMs)
{
    m_connection.run(QStringLiteral("INSERT INTO receipts (tag, imported_ms) VALUES (?, ?)"),
                     {tag, importedMs}, "storing a receipt");
}

std::vector<std::pair<QByteArray, qint64>> SqliteBundleTables::receipts()
{
    QSqlQuery query = m_connection.run(QStringLiteral("SELECT tag, imported_ms FROM receipts"),
                                       "reading receipts");
    std::vector<std::pair<QByteArray, qint64>> result;
    while (query.next()) {
        result.emplace_back(query.value(0).toByteArray(), query.value(1).toLongLong());
    }
    return result;
}

} // namespace scopevault
