#include "SqliteCommitTables.h"

#include "SqliteRowScan.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace scopevault {

namespace {

const QString StateKey = QStringLiteral("commitment");

CommitLeaf leafFrom(const QSqlQuery& query)
{
    return {static_cast<CommitKind>(query.value(1).toInt()), query.value(0).toByteArray(),
            query.value(2).toByteArray()};
}

} // namespace

SqliteCommitTables::SqliteCommitTables(SqliteConnection& connection)
    : m_connection(connection)
{}

std::optional<QByteArray> SqliteCommitTables::leaf(CommitKind kind, const QByteArray& key)
{
    std::optional<QByteArray> digest;
    m_connection.runCached(
        QStringLiteral("SELECT digest FROM commit_leaves WHERE key = ? AND kind = ?"),
        {key, static_cast<int>(kind)}, "reading the commitment", [&](QSqlQuery& query) {
            if (query.next()) {
                digest = query.value(0).toByteArray();
            }
        });
    return digest;
}

std::vector<CommitLeaf> SqliteCommitTables::leavesBetween(CommitKind kind, const QByteArray& from,
                                                          const QByteArray& to)
{
    const int k = static_cast<int>(kind);
    std::vector<CommitLeaf> leaves;
    const auto read = [&](QSqlQuery& query) {
        while (query.next()) {
            leaves.push_back(leafFrom(query));
        }
    };
    if (to.isEmpty()) {
        m_connection.runCached(QStringLiteral("SELECT key, kind, digest FROM commit_leaves "
                                              "WHERE kind = ? AND key >= ? ORDER BY key"),
                               {k, from}, "reading the commitment", read);
    } else {
        m_connection.runCached(QStringLiteral("SELECT key, kind, digest FROM commit_leaves "
                                              "WHERE kind = ? AND key >= ? AND key < ? "
                                              "ORDER BY key"),
                               {k, from, to}, "reading the commitment", read);
    }
    return leaves;
}

std::vector<CommitLeaf> SqliteCommitTables::leavesOfKind(CommitKind kind)
{
    std::vector<CommitLeaf> leaves;
    SqliteRowScan::forEachRow(
        m_connection.nativeHandle(), m_connection.path(),
        QStringLiteral("SELECT key, kind, digest FROM commit_leaves WHERE kind = %1 ORDER BY key")
            .arg(static_cast<int>(kind)),
        QCoreApplication::translate("SqliteCommitTables", "the commitment"),
        [&leaves](sqlite3_stmt* row) {
            leaves.push_back({static_cast<CommitKind>(sqlite3_column_int(row, 1)),
                              SqliteRowScan::blobAt(row, 0).toByteArray(),
                              SqliteRowScan::blobAt(row, 2).toByteArray()});
        });
    return leaves;
}

void SqliteCommitTables::scanLeaves(const std::function<void(const CommitLeaf&)>& visit)
{
    SqliteRowScan::forEachRow(
        m_connection.nativeHandle(), m_connection.path(),
        QStringLiteral("SELECT key, kind, digest FROM commit_leaves ORDER BY kind, key"),
        QCoreApplication::translate("SqliteCommitTables", "the commitment"),
        [&visit](sqlite3_stmt* row) {
            visit({static_cast<CommitKind>(sqlite3_column_int(row, 1)),
                   SqliteRowScan::blobAt(row, 0).toByteArray(),
                   SqliteRowScan::blobAt(row, 2).toByteArray()});
        });
}

void SqliteCommitTables::putLeaf(const CommitLeaf& leaf)
{
    m_connection.runCached(QStringLiteral("INSERT OR REPLACE INTO commit_leaves (key, kind, "
                                          "digest) VALUES (?, ?, ?)"),
                           {leaf.key, static_cast<int>(leaf.kind), leaf.digest},
                           "updating the commitment");
}

void SqliteCommitTables::removeLeaf(CommitKind kind, const QByteArray& key)
{
    m_connection.runCached(QStringLiteral("DELETE FROM commit_leaves WHERE key = ? AND kind = ?"),
                           {key, static_cast<int>(kind)}, "updating the commitment");
}

std::vector<QByteArray> SqliteCommitTables::nodes(int level, int first, int count)
{
    std::vector<QByteArray> hashes(static_cast<std::size_t>(count));
    m_connection.runCached(
        QStringLiteral("SELECT idx, hash FROM commit_nodes WHERE "
                       "level = ? AND idx >= ? AND idx < ?"),
        {level, first, first + count}, "reading the commitment", [&](QSqlQuery& query) {
            while (query.next()) {
                const int index = query.value(0).toInt() - first;
                if (index >= 0 && index < count) {
                    hashes[static_cast<std::size_t>(index)] = query.value(1).toByteArray();
                }
            }
        });
    return hashes;
}

void SqliteCommitTables::putNode(int level, int index, const QByteArray& hash)
{
    if (hash.isEmpty()) {
        m_connection.runCached(
            QStringLiteral("DELETE FROM commit_nodes WHERE level = ? AND idx = ?"), {level, index},
            "updating the commitment");
        return;
    }
    m_connection.runCached(
        QStringLiteral("INSERT OR REPLACE INTO commit_nodes (level, idx, hash) VALUES (?, ?, ?)"),
        {level, index, hash}, "updating the commitment");
}

void SqliteCommitTables::clear()
{
    m_connection.run(QStringLiteral("DELETE FROM commit_leaves"), "clearing the commitment");
    m_connection.run(QStringLiteral("DELETE FROM commit_nodes"), "clearing the commitment");
}

QByteArray SqliteCommitTables::state()
{
    QByteArray sealed;
    m_connection.runCached(QStringLiteral("SELECT value FROM header WHERE key = ?"), {StateKey},
                           "reading the commitment", [&](QSqlQuery& query) {
                               if (query.next()) {
                                   sealed = query.value(0).toByteArray();
                               }
                           });
    return sealed;
}

void SqliteCommitTables::writeState(const QByteArray& sealed)
{
    m_connection.runCached(
        QStringLiteral("INSERT OR REPLACE INTO header (key, value) VALUES (?, ?)"),
        {StateKey, sealed}, "writing the commitment");
}

} // namespace scopevault
