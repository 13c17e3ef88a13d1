#include "SchemaMigrations.h"

#include "SqliteConnection.h"
#include "vault/VaultError.h"

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
        // 4: the hash-chained audit log, indexed for its filters, and signed checkpoints.
        {
            QStringLiteral("CREATE TABLE audit (seq INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, "
                           "action TEXT NOT NULL, outcome TEXT NOT NULL, actor_tag BLOB, "
                           "target_tag BLOB, payload BLOB NOT NULL, sealed INTEGER NOT NULL, "
                           "prev_hash BLOB NOT NULL, hash BLOB NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_time ON audit (time_ms)"),
            QStringLiteral("CREATE INDEX audit_action ON audit (action, seq)"),
            QStringLiteral("CREATE INDEX audit_outcome ON audit (outcome, seq)"),
            QStringLiteral("CREATE INDEX audit_actor ON audit (actor_tag, seq)"),
            QStringLiteral("CREATE INDEX audit_target ON audit (target_tag, seq)"),
            QStringLiteral("CREATE TABLE audit_checkpoints (seq INTEGER PRIMARY KEY, "
                           "time_ms INTEGER NOT NULL, hash BLOB NOT NULL, "
                           "signature BLOB NOT NULL)"),
        },
        // 5: issued bundles (sealed registry entries) and imported agent receipts (keyed tags).
        {
            QStringLiteral("CREATE TABLE bundles (id BLOB PRIMARY KEY NOT NULL, "
                           "created_ms INTEGER NOT NULL, expires_ms INTEGER NOT NULL, "
                           "payload BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE receipts (tag BLOB PRIMARY KEY NOT NULL, "
                           "imported_ms INTEGER NOT NULL)"),
        },
        // 6: the commitment to the whole vault: a leaf per live record and the tree over them
        // (its sealed root is the header's 'commitment' row).
        {
            QStringLiteral("CREATE TABLE commit_leaves (key BLOB NOT NULL, kind INTEGER NOT NULL, "
                           "digest BLOB NOT NULL, PRIMARY KEY (key, kind)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX commit_leaves_kind ON commit_leaves (kind, key)"),
            QStringLiteral("CREATE TABLE commit_nodes (level INTEGER NOT NULL, "
                           "idx INTEGER NOT NULL, hash BLOB NOT NULL, "
                           "PRIMARY KEY (level, idx)) WITHOUT ROWID"),
        },
        // 7: the audit timeline counts events per time bucket and outcome from an index alone.
        {
            QStringLiteral("DROP INDEX audit_time"),
            QStringLiteral("CREATE INDEX audit_time_outcome ON audit (time_ms, outcome)"),
        },
        // 8: the history of each secret's value: one row per version, the value sealed as it
        // was while current (NULL: the secret holds it now, or it is past retention).
        {
            QStringLiteral("CREATE TABLE secret_versions (secret_id BLOB NOT NULL, "
                           "version INTEGER NOT NULL, changed_ms INTEGER NOT NULL, "
                           "info BLOB NOT NULL, value BLOB, PRIMARY KEY (secret_id, version)) "
                           "WITHOUT ROWID"),
        },
        // 9: the commitment's leaves keyed by (kind, key): every query names both, and the
        // separate (kind, key) index held a second copy of every key (80 bytes a secret).
        {
            QStringLiteral("CREATE TABLE commit_leaves_by_kind (kind INTEGER NOT NULL, "
                           "key BLOB NOT NULL, digest BLOB NOT NULL, PRIMARY KEY (kind, key)) "
                           "WITHOUT ROWID"),
            QStringLiteral("INSERT INTO commit_leaves_by_kind (kind, key, digest) "
                           "SELECT kind, key, digest FROM commit_leaves"),
            QStringLiteral("DROP TABLE commit_leaves"),
            QStringLiteral("ALTER TABLE commit_leaves_by_kind RENAME TO commit_leaves"),
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
