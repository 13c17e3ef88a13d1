#include "SqliteVaultRepository.h"

#include "SchemaMigrations.h"
#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <unistd.h>

namespace scopevault {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SqliteVaultRepository", text);
}

const QString SecretColumns =
    QStringLiteral("id, ref_tag, version, created_ms, updated_ms, metadata, notes");

// Steps through a statement with SQLite's C API: for whole-table scans QtSql's QVariant per
// value costs more than reading the rows. `what` names the data in messages ("the audit log").
void forEachRow(sqlite3* db, const QString& path, const QString& sql, const QString& what,
                const std::function<void(sqlite3_stmt*)>& visit)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), -1, &statement, nullptr) != SQLITE_OK) {
        throw VaultError(
            ErrorCode::Integrity,
            tr("%1: cannot read %2: %3").arg(path, what, QString::fromUtf8(sqlite3_errmsg(db))));
    }
    int rc = SQLITE_ROW;
    try {
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            visit(statement);
        }
    } catch (...) {
        sqlite3_finalize(statement);
        throw;
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) {
        throw VaultError(
            ErrorCode::Integrity,
            tr("%1: reading %2 failed: %3").arg(path, what, QString::fromUtf8(sqlite3_errstr(rc))));
    }
}

QByteArrayView blobAt(sqlite3_stmt* statement, int column)
{
    return QByteArrayView(static_cast<const char*>(sqlite3_column_blob(statement, column)),
                          sqlite3_column_bytes(statement, column));
}

SecretRecord recordFrom(const QSqlQuery& query, bool withValue)
{
    SecretRecord record;
    record.id = query.value(0).toByteArray();
    record.refTag = query.value(1).toByteArray();
    record.version = query.value(2).toULongLong();
    record.createdMs = query.value(3).toLongLong();
    record.updatedMs = query.value(4).toLongLong();
    record.metadata = query.value(5).toByteArray();
    record.notes = query.value(6).toByteArray();
    if (withValue) {
        record.value = query.value(7).toByteArray();
    }
    return record;
}

QVariant notesValue(const SecretRecord& record)
{
    return record.notes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                  : QVariant(record.notes);
}

} // namespace

SqliteVaultRepository::SqliteVaultRepository(const QString& path)
    : m_connection(path)
{}

bool SqliteVaultRepository::exists() const
{
    return QFileInfo::exists(m_connection.path());
}

void SqliteVaultRepository::create(const VaultHeader& header)
{
    const QString& path = m_connection.path();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        throw VaultError(ErrorCode::Other,
                         tr("cannot create the folder %1").arg(info.absolutePath()));
    }
    // Create the file ourselves, exclusively and private; SQLite gives -wal and -shm the
    // same mode as the database file.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        throw VaultError(ErrorCode::Other,
                         error == EEXIST
                             ? tr("%1 already exists; refusing to replace a vault").arg(path)
                             : tr("cannot create %1: %2")
                                   .arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
    ::close(fd);
    try {
        m_connection.open();
        SchemaMigrations::migrate(m_connection);
        m_schemaVersion = SchemaMigrations::LatestVersion;
        transact([&] { writeHeaderRows(header); });
    } catch (...) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        throw;
    }
}

void SqliteVaultRepository::open()
{
    if (m_connection.isOpen()) {
        return;
    }
    const QString& path = m_connection.path();
    const QFileInfo info(path);
    if (!info.exists()) {
        throw VaultError(ErrorCode::NotFound,
                         tr("no vault at %1 (create one with 'scopevault-cli init')").arg(path));
    }
    if (!info.isFile()) {
        throw VaultError(ErrorCode::Other, tr("%1 is not a regular file").arg(path));
    }
    if (info.size() == 0) {
        throw VaultError(ErrorCode::Integrity,
                         tr("%1 is empty: not a Scopevault vault (truncated?)").arg(path));
    }
    m_connection.open();
    if (SchemaMigrations::applicationId(m_connection) != SchemaMigrations::ApplicationId ||
        SchemaMigrations::currentVersion(m_connection) < 1) {
        throw VaultError(ErrorCode::Integrity,
                         tr("%1 is an SQLite file but not a Scopevault vault").arg(path));
    }
    SchemaMigrations::migrate(m_connection);
    m_schemaVersion = SchemaMigrations::currentVersion(m_connection);
}

VaultHeader SqliteVaultRepository::readHeader()
{
    QSqlQuery query =
        m_connection.run(QStringLiteral("SELECT key, value FROM header"), "reading the header");
    QHash<QString, QVariant> rows;
    while (query.next()) {
        rows.insert(query.value(0).toString(), query.value(1));
    }
    const auto field = [&](const char* key) {
        const QString name = QString::fromLatin1(key);
        if (!rows.contains(name)) {
            throw VaultError(ErrorCode::Integrity,
                             tr("the header of %1 lacks '%2': the file is damaged")
                                 .arg(m_connection.path(), name));
        }
        return rows.value(name);
    };
    VaultHeader header;
    header.formatVersion = field("format_version").toInt();
    if (header.formatVersion != VaultHeader::CurrentFormatVersion) {
        throw VaultError(ErrorCode::Integrity,
                         tr("%1 has vault format %2; this Scopevault reads format %3")
                             .arg(m_connection.path())
                             .arg(header.formatVersion)
                             .arg(VaultHeader::CurrentFormatVersion));
    }
    if (field("kdf_algorithm").toString() != QLatin1String("argon2id13")) {
        throw VaultError(
            ErrorCode::Integrity,
            tr("the header of %1 names an unknown KDF '%2'")
                .arg(m_connection.path(), rows.value(QStringLiteral("kdf_algorithm")).toString()));
    }
    header.vaultId = field("vault_id").toByteArray();
    header.kdf.opsLimit = field("kdf_ops").toULongLong();
    header.kdf.memLimitBytes = field("kdf_mem").toULongLong();
    header.salt = field("salt").toByteArray();
    header.createdMs = field("created_ms").toLongLong();
    header.wrappedKey = field("wrapped_key").toByteArray();
    if (header.vaultId.size() != VaultHeader::VaultIdBytes) {
        throw VaultError(ErrorCode::Integrity,
                         tr("the header of %1 has a malformed vault id").arg(m_connection.path()));
    }
    return header;
}

void SqliteVaultRepository::writeHeaderRows(const VaultHeader& header)
{
    const QString sql = QStringLiteral("INSERT OR REPLACE INTO header (key, value) VALUES (?, ?)");
    const std::pair<const char*, QVariant> rows[] = {
        {"format_version", header.formatVersion},
        {"vault_id", header.vaultId},
        {"kdf_algorithm", QStringLiteral("argon2id13")},
        {"kdf_ops", QVariant::fromValue<qulonglong>(header.kdf.opsLimit)},
        {"kdf_mem", QVariant::fromValue<qulonglong>(header.kdf.memLimitBytes)},
        {"salt", header.salt},
        {"created_ms", header.createdMs},
        {"wrapped_key", header.wrappedKey},
    };
    for (const auto& [key, value] : rows) {
        m_connection.run(sql, {QString::fromLatin1(key), value}, "writing the header");
    }
}

void SqliteVaultRepository::writeHeader(const VaultHeader& header)
{
    writeHeaderRows(header);
}

std::optional<SecretRecord> SqliteVaultRepository::findSecret(const QByteArray& refTag)
{
    QSqlQuery query = m_connection.run(
        QStringLiteral("SELECT %1, value FROM secrets WHERE ref_tag = ?").arg(SecretColumns),
        {refTag}, "reading a secret");
    if (!query.next()) {
        return std::nullopt;
    }
    return recordFrom(query, true);
}

std::vector<SecretRecord> SqliteVaultRepository::secretsWithoutValues()
{
    std::vector<SecretRecord> records;
    forEachRow(m_connection.nativeHandle(), m_connection.path(),
               QStringLiteral("SELECT %1 FROM secrets").arg(SecretColumns), tr("the secrets"),
               [&records](sqlite3_stmt* row) {
                   SecretRecord record;
                   record.id = blobAt(row, 0).toByteArray();
                   record.refTag = blobAt(row, 1).toByteArray();
                   record.version = static_cast<quint64>(sqlite3_column_int64(row, 2));
                   record.createdMs = sqlite3_column_int64(row, 3);
                   record.updatedMs = sqlite3_column_int64(row, 4);
                   record.metadata = blobAt(row, 5).toByteArray();
                   record.notes = blobAt(row, 6).toByteArray();
                   records.push_back(std::move(record));
               });
    return records;
}

int SqliteVaultRepository::secretCount()
{
    QSqlQuery query =
        m_connection.run(QStringLiteral("SELECT count(*) FROM secrets"), "counting secrets");
    return query.next() ? query.value(0).toInt() : 0;
}

void SqliteVaultRepository::insertSecret(const SecretRecord& record)
{
    m_connection.run(QStringLiteral("INSERT INTO secrets (id, ref_tag, version, created_ms, "
                                    "updated_ms, metadata, value, notes) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {record.id, record.refTag, QVariant::fromValue<qulonglong>(record.version),
                      record.createdMs, record.updatedMs, record.metadata, record.value,
                      notesValue(record)},
                     "storing a secret");
}

void SqliteVaultRepository::updateSecret(const SecretRecord& record)
{
    m_connection.run(QStringLiteral("UPDATE secrets SET version = ?, updated_ms = ?, "
                                    "metadata = ?, value = ?, notes = ? WHERE id = ?"),
                     {QVariant::fromValue<qulonglong>(record.version), record.updatedMs,
                      record.metadata, record.value, notesValue(record), record.id},
                     "updating a secret");
}

void SqliteVaultRepository::removeSecret(const QByteArray& id)
{
    m_connection.run(QStringLiteral("DELETE FROM secrets WHERE id = ?"), {id}, "removing a secret");
}

QSet<QByteArray> SqliteVaultRepository::secretTags()
{
    QSqlQuery query =
        m_connection.run(QStringLiteral("SELECT ref_tag FROM secrets"), "listing secrets");
    QSet<QByteArray> tags;
    while (query.next()) {
        tags.insert(query.value(0).toByteArray());
    }
    return tags;
}

namespace {

ObjectRecord objectFrom(const QSqlQuery& query)
{
    return {query.value(0).toByteArray(), query.value(1).toByteArray(),
            query.value(2).toULongLong(), query.value(3).toLongLong(),
            query.value(4).toLongLong(),  query.value(5).toByteArray()};
}

const QString ObjectColumns = QStringLiteral("id, tag, version, created_ms, updated_ms, payload");

} // namespace

std::vector<ObjectRecord> SqliteVaultRepository::objects()
{
    QSqlQuery query = m_connection.run(QStringLiteral("SELECT %1 FROM objects").arg(ObjectColumns),
                                       "reading packs, actions, agents and grants");
    std::vector<ObjectRecord> records;
    while (query.next()) {
        records.push_back(objectFrom(query));
    }
    return records;
}

std::optional<ObjectRecord> SqliteVaultRepository::findObject(const QByteArray& tag)
{
    QSqlQuery query =
        m_connection.run(QStringLiteral("SELECT %1 FROM objects WHERE tag = ?").arg(ObjectColumns),
                         {tag}, "reading an object");
    if (!query.next()) {
        return std::nullopt;
    }
    return objectFrom(query);
}

void SqliteVaultRepository::insertObject(const ObjectRecord& record)
{
    m_connection.run(QStringLiteral("INSERT INTO objects (id, tag, version, created_ms, "
                                    "updated_ms, payload) VALUES (?, ?, ?, ?, ?, ?)"),
                     {record.id, record.tag, QVariant::fromValue<qulonglong>(record.version),
                      record.createdMs, record.updatedMs, record.payload},
                     "storing an object");
}

void SqliteVaultRepository::updateObject(const ObjectRecord& record)
{
    m_connection.run(QStringLiteral("UPDATE objects SET version = ?, updated_ms = ?, "
                                    "payload = ? WHERE id = ?"),
                     {QVariant::fromValue<qulonglong>(record.version), record.updatedMs,
                      record.payload, record.id},
                     "updating an object");
}

void SqliteVaultRepository::removeObject(const QByteArray& id)
{
    m_connection.run(QStringLiteral("DELETE FROM objects WHERE id = ?"), {id},
                     "removing an object");
}

namespace {

const QString AuditColumns = QStringLiteral(
    "seq, time_ms, action, outcome, actor_tag, target_tag, payload, sealed, prev_hash, hash");

AuditRecord auditFrom(const QSqlQuery& query)
{
    AuditRecord record;
    record.seq = query.value(0).toLongLong();
    record.timeMs = query.value(1).toLongLong();
    record.action = query.value(2).toString();
    record.outcome = query.value(3).toString();
    record.actorTag = query.value(4).toByteArray();
    record.targetTag = query.value(5).toByteArray();
    record.payload = query.value(6).toByteArray();
    record.sealed = query.value(7).toInt() != 0;
    record.prevHash = query.value(8).toByteArray();
    record.hash = query.value(9).toByteArray();
    return record;
}

QVariant blobOrNull(const QByteArray& bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes);
}

} // namespace

std::optional<AuditRecord> SqliteVaultRepository::lastAuditRecord()
{
    QSqlQuery query = m_connection.run(
        QStringLiteral("SELECT %1 FROM audit ORDER BY seq DESC LIMIT 1").arg(AuditColumns),
        "reading the audit log");
    if (!query.next()) {
        return std::nullopt;
    }
    return auditFrom(query);
}

void SqliteVaultRepository::appendAudit(const AuditRecord& record)
{
    m_connection.run(QStringLiteral("INSERT INTO audit (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                         .arg(AuditColumns),
                     {record.seq, record.timeMs, record.action, record.outcome,
                      blobOrNull(record.actorTag), blobOrNull(record.targetTag), record.payload,
                      record.sealed ? 1 : 0, record.prevHash, record.hash},
                     "writing the audit log");
}

void SqliteVaultRepository::scanAudit(const std::function<void(const AuditRecord&)>& visit)
{
    QSqlQuery query =
        m_connection.run(QStringLiteral("SELECT %1 FROM audit ORDER BY seq").arg(AuditColumns),
                         "reading the audit log");
    while (query.next()) {
        visit(auditFrom(query));
    }
}

void SqliteVaultRepository::scanAuditRows(const std::function<void(const AuditRow&)>& visit)
{
    forEachRow(m_connection.nativeHandle(), m_connection.path(),
               QStringLiteral("SELECT %1 FROM audit ORDER BY seq").arg(AuditColumns),
               tr("the audit log"), [&visit](sqlite3_stmt* statement) {
                   AuditRow row;
                   row.seq = sqlite3_column_int64(statement, 0);
                   row.timeMs = sqlite3_column_int64(statement, 1);
                   row.action = blobAt(statement, 2);
                   row.outcome = blobAt(statement, 3);
                   row.actorTag = blobAt(statement, 4);
                   row.targetTag = blobAt(statement, 5);
                   row.payload = blobAt(statement, 6);
                   row.sealed = sqlite3_column_int(statement, 7) != 0;
                   row.prevHash = blobAt(statement, 8);
                   row.hash = blobAt(statement, 9);
                   visit(row);
               });
}

std::vector<AuditRecord> SqliteVaultRepository::queryAudit(const AuditQuery& filter)
{
    QStringList where;
    QList<QVariant> values;
    if (filter.sinceMs) {
        where << QStringLiteral("time_ms >= ?");
        values << *filter.sinceMs;
    }
    if (filter.untilMs) {
        where << QStringLiteral("time_ms <= ?");
        values << *filter.untilMs;
    }
    if (filter.action) {
        where << QStringLiteral("action = ?");
        values << *filter.action;
    }
    if (filter.outcome) {
        where << QStringLiteral("outcome = ?");
        values << *filter.outcome;
    }
    if (filter.actorTag) {
        where << QStringLiteral("actor_tag = ?");
        values << *filter.actorTag;
    }
    if (filter.targetTag) {
        where << QStringLiteral("target_tag = ?");
        values << *filter.targetTag;
    }
    QString sql = QStringLiteral("SELECT %1 FROM audit").arg(AuditColumns);
    if (!where.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    }
    sql +=
        filter.newestFirst ? QStringLiteral(" ORDER BY seq DESC") : QStringLiteral(" ORDER BY seq");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    }
    QSqlQuery query = m_connection.run(sql, values, "querying the audit log");
    std::vector<AuditRecord> records;
    while (query.next()) {
        records.push_back(auditFrom(query));
    }
    return records;
}

void SqliteVaultRepository::appendCheckpoint(const AuditCheckpoint& checkpoint)
{
    m_connection.run(QStringLiteral("INSERT OR REPLACE INTO audit_checkpoints (seq, time_ms, "
                                    "hash, signature) VALUES (?, ?, ?, ?)"),
                     {checkpoint.seq, checkpoint.timeMs, checkpoint.hash, checkpoint.signature},
                     "writing an audit checkpoint");
}

std::vector<AuditCheckpoint> SqliteVaultRepository::auditCheckpoints()
{
    QSqlQuery query = m_connection.run(QStringLiteral("SELECT seq, time_ms, hash, signature FROM "
                                                      "audit_checkpoints ORDER BY seq"),
                                       "reading audit checkpoints");
    std::vector<AuditCheckpoint> checkpoints;
    while (query.next()) {
        checkpoints.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(),
                               query.value(2).toByteArray(), query.value(3).toByteArray()});
    }
    return checkpoints;
}

std::optional<AuditCheckpoint> SqliteVaultRepository::latestAuditCheckpoint()
{
    QSqlQuery query =
        m_connection.run(QStringLiteral("SELECT seq, time_ms, hash, signature FROM "
                                        "audit_checkpoints ORDER BY seq DESC LIMIT 1"),
                         "reading audit checkpoints");
    if (!query.next()) {
        return std::nullopt;
    }
    return AuditCheckpoint{query.value(0).toLongLong(), query.value(1).toLongLong(),
                           query.value(2).toByteArray(), query.value(3).toByteArray()};
}

void SqliteVaultRepository::transact(const std::function<void()>& work)
{
    // Nested calls join the outer transaction.
    if (m_transactionDepth > 0) {
        work();
        return;
    }
    m_connection.begin();
    ++m_transactionDepth;
    try {
        work();
        --m_transactionDepth;
        m_connection.commit();
    } catch (...) {
        m_transactionDepth = 0;
        m_connection.rollback();
        throw;
    }
}

void SqliteVaultRepository::insertBundle(const BundleRecord& record)
{
    m_connection.run(QStringLiteral("INSERT INTO bundles (id, created_ms, expires_ms, payload) "
                                    "VALUES (?, ?, ?, ?)"),
                     {record.id, record.createdMs, record.expiresMs, record.payload},
                     "registering a bundle");
}

namespace {

BundleRecord bundleFrom(const QSqlQuery& query)
{
    return {query.value(0).toByteArray(), query.value(1).toLongLong(), query.value(2).toLongLong(),
            query.value(3).toByteArray()};
}

} // namespace

std::optional<BundleRecord> SqliteVaultRepository::findBundle(const QByteArray& id)
{
    QSqlQuery query = m_connection.run(
        QStringLiteral("SELECT id, created_ms, expires_ms, payload FROM bundles WHERE id = ?"),
        {id}, "reading a bundle");
    if (!query.next()) {
        return std::nullopt;
    }
    return bundleFrom(query);
}

std::vector<BundleRecord> SqliteVaultRepository::bundles()
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

bool SqliteVaultRepository::hasReceipt(const QByteArray& tag)
{
    QSqlQuery query = m_connection.run(QStringLiteral("SELECT 1 FROM receipts WHERE tag = ?"),
                                       {tag}, "reading receipts");
    return query.next();
}

void SqliteVaultRepository::insertReceipt(const QByteArray& tag, qint64 importedMs)
{
    m_connection.run(QStringLiteral("INSERT INTO receipts (tag, imported_ms) VALUES (?, ?)"),
                     {tag, importedMs}, "storing a receipt");
}

} // namespace scopevault
