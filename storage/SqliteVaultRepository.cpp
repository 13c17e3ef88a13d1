#include "SqliteVaultRepository.h"

#include "SchemaMigrations.h"
#include "SqliteRowScan.h"
#include "VaultFileChecks.h"
#include "VaultHeaderRows.h"
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
#include <sys/stat.h>
#include <unistd.h>

namespace scopevault {

namespace {

const QString SecretColumns =
    QStringLiteral("id, ref_tag, version, created_ms, updated_ms, metadata, notes");

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
    , m_audit(m_connection)
    , m_commit(m_connection)
    , m_bundles(m_connection)
    , m_history(m_connection)
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
        throw VaultError(
            ErrorCode::Other,
            QCoreApplication::translate("SqliteVaultRepository", "cannot create the folder %1")
                .arg(info.absolutePath()));
    }
    // Create the file ourselves, exclusively and private; SQLite gives -wal and -shm the
    // same mode as the database file.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        VaultFileChecks::refuseBrokenLink(path);
        throw VaultError(
            ErrorCode::Other,
            error == EEXIST
                ? QCoreApplication::translate("SqliteVaultRepository",
                                              "%1 already exists; refusing to replace a vault")
                      .arg(path)
                : QCoreApplication::translate("SqliteVaultRepository", "cannot create %1: %2")
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
        VaultFileChecks::refuseBrokenLink(path);
        throw VaultError(
            ErrorCode::NotFound,
            QCoreApplication::translate("SqliteVaultRepository", "no vault at %1").arg(path),
            VaultError::Remedy::CreateVault);
    }
    if (!info.isFile()) {
        throw VaultError(ErrorCode::Other, QCoreApplication::translate("SqliteVaultRepository",
                                                                       "%1 is not a regular file")
                                               .arg(path));
    }
    if (info.size() == 0) {
        throw VaultError(
            ErrorCode::Integrity,
            QCoreApplication::translate("SqliteVaultRepository",
                                        "%1 is empty: not a Scopevault vault (truncated?)")
                .arg(path));
    }
    // A file this user may not write is read as it is (a write then says why it fails);
    // sidecar files an earlier read-only attempt left without write permission are repaired.
    const QByteArray native = QFile::encodeName(path);
    const bool writable = ::access(native.constData(), W_OK) == 0;
    if (writable) {
        VaultFileChecks::repairSidecars(path);
    }
    m_connection.open(!writable);
    if (SchemaMigrations::applicationId(m_connection) != SchemaMigrations::ApplicationId ||
        SchemaMigrations::currentVersion(m_connection) < 1) {
        throw VaultError(
            ErrorCode::Integrity,
            QCoreApplication::translate("SqliteVaultRepository",
                                        "%1 is an SQLite file but not a Scopevault vault")
                .arg(path));
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
    return VaultHeaderRows::decode(rows, m_connection.path());
}

std::optional<QByteArray> SqliteVaultRepository::quickUnlockWrap()
{
    QSqlQuery query =
        m_connection.run(QStringLiteral("SELECT value FROM header WHERE key = 'quick_unlock'"),
                         "reading the quick unlock entry");
    if (!query.next()) {
        return std::nullopt;
    }
    return query.value(0).toByteArray();
}

void SqliteVaultRepository::setQuickUnlockWrap(const std::optional<QByteArray>& wrap)
{
    if (wrap) {
        m_connection.run(QStringLiteral("INSERT OR REPLACE INTO header (key, value) "
                                        "VALUES ('quick_unlock', ?)"),
                         {*wrap}, "writing the quick unlock entry");
    } else {
        m_connection.run(QStringLiteral("DELETE FROM header WHERE key = 'quick_unlock'"),
                         "removing the quick unlock entry");
    }
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
    std::optional<SecretRecord> record;
    m_connection.runCached(
        QStringLiteral("SELECT %1, value FROM secrets WHERE ref_tag = ?").arg(SecretColumns),
        {refTag}, "reading a secret", [&](QSqlQuery& query) {
            if (query.next()) {
                record = recordFrom(query, true);
            }
        });
    return record;
}

std::vector<SecretRecord> SqliteVaultRepository::scanSecrets(bool withValues)
{
    std::vector<SecretRecord> records;
    SqliteRowScan::forEachRow(
        m_connection.nativeHandle(), m_connection.path(),
        QStringLiteral("SELECT %1%2 FROM secrets")
            .arg(SecretColumns, withValues ? QStringLiteral(", value") : QString()),
        QCoreApplication::translate("SqliteVaultRepository", "the secrets"),
        [&records, withValues](sqlite3_stmt* row) {
            SecretRecord record;
            record.id = SqliteRowScan::blobAt(row, 0).toByteArray();
            record.refTag = SqliteRowScan::blobAt(row, 1).toByteArray();
            record.version = static_cast<quint64>(sqlite3_column_int64(row, 2));
            record.createdMs = sqlite3_column_int64(row, 3);
            record.updatedMs = sqlite3_column_int64(row, 4);
            record.metadata = SqliteRowScan::blobAt(row, 5).toByteArray();
            record.notes = SqliteRowScan::blobAt(row, 6).toByteArray();
            if (withValues) {
                record.value = SqliteRowScan::blobAt(row, 7).toByteArray();
            }
            records.push_back(std::move(record));
        });
    return records;
}

std::vector<SecretRecord> SqliteVaultRepository::secretsWithoutValues()
{
    return scanSecrets(false);
}

std::vector<SecretRecord> SqliteVaultRepository::secrets()
{
    return scanSecrets(true);
}

int SqliteVaultRepository::secretCount()
{
    QSqlQuery query =
        m_connection.run(QStringLiteral("SELECT count(*) FROM secrets"), "counting secrets");
    return query.next() ? query.value(0).toInt() : 0;
}

quint64 SqliteVaultRepository::changesByOthers()
{
    quint64 version = 0;
    m_connection.runNative(
        QStringLiteral("PRAGMA data_version"), "reading the file's change counter",
        [](sqlite3_stmt*) {},
        [&version](sqlite3_stmt* row) { version = sqlite3_column_int64(row, 0); });
    return version;
}

void SqliteVaultRepository::insertSecret(const SecretRecord& record)
{
    m_connection.runCached(QStringLiteral("INSERT INTO secrets (id, ref_tag, version, created_ms, "
                                          "updated_ms, metadata, value, notes) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           {record.id, record.refTag,
                            QVariant::fromValue<qulonglong>(record.version), record.createdMs,
                            record.updatedMs, record.metadata, record.value, notesValue(record)},
                           "storing a secret");
}

void SqliteVaultRepository::updateSecret(const SecretRecord& record)
{
    m_connection.runCached(QStringLiteral("UPDATE secrets SET version = ?, updated_ms = ?, "
                                          "metadata = ?, value = ?, notes = ? WHERE id = ?"),
                           {QVariant::fromValue<qulonglong>(record.version), record.updatedMs,
                            record.metadata, record.value, notesValue(record), record.id},
                           "updating a secret");
}

void SqliteVaultRepository::removeSecret(const SecretRecord& record)
{
    m_connection.run(QStringLiteral("DELETE FROM secrets WHERE id = ?"), {record.id},
                     "removing a secret");
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
    std::optional<ObjectRecord> record;
    m_connection.runCached(
        QStringLiteral("SELECT %1 FROM objects WHERE tag = ?").arg(ObjectColumns), {tag},
        "reading an object", [&](QSqlQuery& query) {
            if (query.next()) {
                record = objectFrom(query);
            }
        });
    return record;
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

void SqliteVaultRepository::removeObject(const ObjectRecord& record)
{
    m_connection.run(QStringLiteral("DELETE FROM objects WHERE id = ?"), {record.id},
                     "removing an object");
}

std::optional<AuditRecord> SqliteVaultRepository::lastAuditRecord()
{
    return m_audit.lastAuditRecord();
}

std::optional<AuditRecord> SqliteVaultRepository::auditRecord(qint64 seq)
{
    return m_audit.auditRecord(seq);
}

qint64 SqliteVaultRepository::sealedAuditCountAfter(qint64 seq)
{
    return m_audit.sealedAuditCountAfter(seq);
}

qint64 SqliteVaultRepository::auditCheckpointCount()
{
    return m_audit.auditCheckpointCount();
}

void SqliteVaultRepository::appendAudit(const AuditRecord& record)
{
    m_audit.appendAudit(record);
}

void SqliteVaultRepository::updateAudit(const AuditRecord& record)
{
    m_audit.updateAudit(record);
}

std::vector<AuditRecord> SqliteVaultRepository::auditRange(qint64 fromSeq, int count)
{
    return m_audit.auditRange(fromSeq, count);
}

void SqliteVaultRepository::scanAudit(const std::function<void(const AuditRecord&)>& visit)
{
    m_audit.scanAudit(visit);
}

void SqliteVaultRepository::scanAuditRows(const std::function<void(const AuditRow&)>& visit)
{
    m_audit.scanAuditRows(visit);
}

std::vector<AuditCount> SqliteVaultRepository::countAudit(const AuditQuery& query, qint64 widthMs,
                                                          qint64 offsetMs)
{
    return m_audit.countAudit(query, widthMs, offsetMs);
}

std::vector<AuditRecord> SqliteVaultRepository::queryAudit(const AuditQuery& filter)
{
    return m_audit.queryAudit(filter);
}

void SqliteVaultRepository::appendCheckpoint(const AuditCheckpoint& checkpoint)
{
    m_audit.appendCheckpoint(checkpoint);
}

std::vector<AuditCheckpoint> SqliteVaultRepository::auditCheckpoints()
{
    return m_audit.auditCheckpoints();
}

std::optional<AuditCheckpoint> SqliteVaultRepository::latestAuditCheckpoint()
{
    return m_audit.latestAuditCheckpoint();
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
    m_bundles.insertBundle(record);
}

void SqliteVaultRepository::updateBundle(const BundleRecord& record)
{
    m_bundles.updateBundle(record);
}

std::optional<BundleRecord> SqliteVaultRepository::findBundle(const QByteArray& id)
{
    return m_bundles.findBundle(id);
}

std::vector<BundleRecord> SqliteVaultRepository::bundles()
{
    return m_bundles.bundles();
}

bool SqliteVaultRepository::hasReceipt(const QByteArray& tag)
{
    return m_bundles.hasReceipt(tag);
}

void SqliteVaultRepository::insertReceipt(const QByteArray& tag, qint64 importedMs)
{
    m_bundles.insertReceipt(tag, importedMs);
}

std::vector<std::pair<QByteArray, qint64>> SqliteVaultRepository::receipts()
{
    return m_bundles.receipts();
}

std::vector<VersionRecord> SqliteVaultRepository::secretVersions(const QByteArray& secretId)
{
    return m_history.versionsOf(secretId);
}

void SqliteVaultRepository::scanSecretVersions(
    const std::function<void(const VersionRecord&)>& visit)
{
    m_history.scan(visit);
}

void SqliteVaultRepository::putSecretVersion(const VersionRecord& record)
{
    m_history.put(record);
}

void SqliteVaultRepository::removeSecretVersion(const VersionRecord& record)
{
    m_history.remove(record);
}

std::optional<QByteArray> SqliteVaultRepository::commitLeaf(CommitKind kind, const QByteArray& key)
{
    return m_commit.leaf(kind, key);
}

std::vector<CommitLeaf> SqliteVaultRepository::commitLeavesBetween(CommitKind kind,
                                                                   const QByteArray& from,
                                                                   const QByteArray& to)
{
    return m_commit.leavesBetween(kind, from, to);
}

std::vector<CommitLeaf> SqliteVaultRepository::commitLeavesOfKind(CommitKind kind)
{
    return m_commit.leavesOfKind(kind);
}

void SqliteVaultRepository::scanCommitLeaves(const std::function<void(const CommitLeaf&)>& visit)
{
    m_commit.scanLeaves(visit);
}

void SqliteVaultRepository::putCommitLeaf(const CommitLeaf& leaf)
{
    m_commit.putLeaf(leaf);
}

void SqliteVaultRepository::removeCommitLeaf(CommitKind kind, const QByteArray& key)
{
    m_commit.removeLeaf(kind, key);
}

std::vector<QByteArray> SqliteVaultRepository::commitNodes(int level, int first, int count)
{
    return m_commit.nodes(level, first, count);
}

void SqliteVaultRepository::putCommitNode(int level, int index, const QByteArray& hash)
{
    m_commit.putNode(level, index, hash);
}

void SqliteVaultRepository::clearCommitment()
{
    m_commit.clear();
}

QByteArray SqliteVaultRepository::commitState()
{
    return m_commit.state();
}

void SqliteVaultRepository::writeCommitState(const QByteArray& sealed)
{
    m_commit.writeState(sealed);
}

QStringList SqliteVaultRepository::storageProblems()
{
    QStringList problems;
    QSqlQuery query =
        m_connection.run(QStringLiteral("PRAGMA integrity_check"), "checking the file's integrity");
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    return problems;
}

} // namespace scopevault
