#include "SchemaMigrations.h"

#include "SqliteConnection.h"
#include "VaultError.h"

#include <QCoreApplication>
#include <QStringList>

namespace scopevault {

namespace {

// Step N takes the schema from version N-1 to N. Never edit a released step; add one.
const QList<QStringList>& steps()
{
    static const QList<QStringList> all = {
        // 1: header key/value table and sealed secrets.
        {
            QStringLiteral("CREATE TABLE header (key TEXT PRIMARY KEY NOT NULL, "
                           "value BLOB NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE secrets (id BLOB PRIMARY KEY NOT NULL, "
                           "ref_tag BLOB NOT NULL UNIQUE, version INTEGER NOT NULL, "
                           "created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL, "
                           "metadata BLOB NOT NULL, value BLOB NOT NULL)"),
        },
        // 2: encrypted notes per secret (NULL: none).
        {
            QStringLiteral("ALTER TABLE secrets ADD COLUMN notes BLOB"),
        },
        // 3: packs, actions, agents and grants, each a sealed object found by a keyed tag.
        {
            QStringLiteral("CREATE TABLE objects (id BLOB PRIMARY KEY NOT NULL, "
                           "tag BLOB NOT NULL UNIQUE, version INTEGER NOT NULL, "
                           "created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL, "
                           "payload BLOB NOT NULL)"),
        },
    };
    return all;
}

} // namespace

int SchemaMigrations::currentVersion(SqliteConnection& connection)
{
    QSqlQuery query = connection.run(QStringLiteral("PRAGMA user_version"), "reading the schema");
    return query.next() ? query.value(0).toInt() : 0;
}

int SchemaMigrations::applicationId(SqliteConnection& connection)
{
    QSqlQuery query =
        connection.run(QStringLiteral("PRAGMA application_id"), "reading the file type");
    return query.next() ? query.value(0).toInt() : 0;
}

void SchemaMigrations::migrate(SqliteConnection& connection, int target)
{
    const int from = currentVersion(connection);
    if (from > LatestVersion) {
        throw VaultError(ErrorCode::Other,
                         QCoreApplication::translate("SchemaMigrations",
                                                     "%1 has schema version %2, made by a newer "
                                                     "Scopevault; this one reads up to %3")
                             .arg(connection.path())
                             .arg(from)
                             .arg(LatestVersion));
    }
    if (from >= target) {
        return;
    }
    connection.begin();
    try {
        for (int version = from + 1; version <= target; ++version) {
            for (const QString& sql : steps().at(version - 1)) {
                connection.run(sql, "migrating the schema");
            }
        }
        connection.run(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId),
                       "migrating the schema");
        connection.run(QStringLiteral("PRAGMA user_version=%1").arg(target),
                       "migrating the schema");
        connection.commit();
    } catch (...) {
        connection.rollback();
        throw;
    }
}

} // namespace scopevault
