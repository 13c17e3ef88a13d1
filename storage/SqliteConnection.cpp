#include "SqliteConnection.h"

#include "vault/VaultError.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

#include <sqlite3.h>
#include <sys/statvfs.h>

namespace scopevault {

namespace {

// SQLite primary result codes that mean "this file is not an intact database".
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADb = 26;

QString uniqueConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("scopevault-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

SqliteConnection::SqliteConnection(const QString& path)
    : m_path(path)
    , m_name(uniqueConnectionName())
{}

SqliteConnection::~SqliteConnection()
{
    m_cached.clear(); // statements go before their connection
    for (sqlite3_stmt* statement : std::as_const(m_native)) {
        sqlite3_finalize(statement);
    }
    m_native.clear();
    if (QSqlDatabase::contains(m_name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
}

bool SqliteConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

void SqliteConnection::open(bool readOnly)
{
    if (isOpen()) {
        return;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        throw VaultError(ErrorCode::Other,
                         QCoreApplication::translate(
                             "SqliteConnection",
                             "the Qt SQLite driver (QSQLITE) is not installed; it is in Debian's "
                             "libqt6sql6-sqlite package"));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (readOnly) {
        // A file this user cannot write: read it as it is, creating no -wal or -shm (SQLite
        // would give them the file's read-only mode, and they would stay unusable after the
        // file is made writable again). Any write then fails with SQLITE_READONLY.
        db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
            QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        fail(db.lastError(), "opening");
    }
    if (readOnly) {
        run(QStringLiteral("PRAGMA schema_version"), "opening");
        run(QStringLiteral("PRAGMA foreign_keys=ON"), "opening");
        return;
    }
    // journal_mode answers with a row; the others are silent. Corrupt or foreign files fail
    // here, on the first read of the header page.
    run(QStringLiteral("PRAGMA journal_mode=WAL"), "opening");
    run(QStringLiteral("PRAGMA synchronous=FULL"), "opening");
    run(QStringLiteral("PRAGMA secure_delete=ON"), "opening");
    run(QStringLiteral("PRAGMA foreign_keys=ON"), "opening");
    // 16 MiB of page cache (SQLite's default is 2 MiB), taken only as pages are read: a large
    // transaction (an import, a long audit append) otherwise spills pages to the WAL early
    // and reads index pages back from the file for every row.
    run(QStringLiteral("PRAGMA cache_size=-16384"), "opening");
}

QSqlQuery SqliteConnection::run(const QString& sql, const QList<QVariant>& values,
                                const char* doing)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        fail(query.lastError(), doing);
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        fail(query.lastError(), doing);
    }
    return query;
}

void SqliteConnection::runCached(const QString& sql, const QList<QVariant>& values,
                                 const char* doing, const std::function<void(QSqlQuery&)>& read)
{
    auto it = m_cached.find(sql);
    if (it == m_cached.end()) {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            fail(query.lastError(), doing);
        }
        it = m_cached.insert(sql, query);
    }
    QSqlQuery& query = *it;
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        fail(error, doing);
    }
    try {
        if (read) {
            read(query);
        }
    } catch (...) {
        query.finish();
        throw;
    }
    query.finish();
}

void SqliteConnection::runNative(const QString& sql, const char* doing,
                                 const std::function<void(sqlite3_stmt*)>& bind,
                                 const std::function<void(sqlite3_stmt*)>& read)
{
    sqlite3* db = nativeHandle();
    auto it = m_native.find(sql);
    if (it == m_native.end()) {
        sqlite3_stmt* prepared = nullptr;
        const QByteArray text = sql.toUtf8();
        const int rc = sqlite3_prepare_v3(db, text.constData(), static_cast<int>(text.size()),
                                          SQLITE_PREPARE_PERSISTENT, &prepared, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(prepared);
            fail(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)),
                 QString::fromUtf8(sqlite3_errmsg(db)), doing);
        }
        it = m_native.insert(sql, prepared);
    }
    sqlite3_stmt* statement = *it;
    int rc = SQLITE_OK;
    try {
        bind(statement);
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            if (read) {
                read(statement);
            }
        }
    } catch (...) {
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        throw;
    }
    const QString message = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (rc != SQLITE_DONE) {
        fail(rc, message, message, doing);
    }
}

sqlite3* SqliteConnection::nativeHandle() const
{
    const QVariant handle = QSqlDatabase::database(m_name, false).driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        throw VaultError(
            ErrorCode::Other,
            QCoreApplication::translate("SqliteConnection", "vault file %1: no SQLite handle")
                .arg(m_path));
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

void SqliteConnection::begin()
{
    // IMMEDIATE takes the write lock now, so a read-modify-write cannot interleave with
    // another process's.
    run(QStringLiteral("BEGIN IMMEDIATE"), "starting a transaction");
    ++m_generation;
    m_inTransaction = true;
}

void SqliteConnection::commit()
{
    endTransaction();
    run(QStringLiteral("COMMIT"), "committing");
}

void SqliteConnection::rollback()
{
    endTransaction();
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.exec(QStringLiteral("ROLLBACK"));
}

void SqliteConnection::endTransaction()
{
    ++m_generation;
    m_inTransaction = false;
}

void SqliteConnection::fail(const QSqlError& error, const char* doing) const
{
    fail(error.nativeErrorCode().toInt(), error.databaseText(), error.text(), doing);
}

void SqliteConnection::fail(int extendedCode, const QString& databaseText, const QString& text,
                            const char* doing) const
{
    const int code = extendedCode & 0xff;
    const bool damaged = code == SqliteCorrupt || code == SqliteNotADb;
    const QString what = QCoreApplication::translate("SqliteConnection", doing);
    if (damaged) {
        throw VaultError(
            ErrorCode::Integrity,
            QCoreApplication::translate("SqliteConnection",
                                        "%1 is not a readable Scopevault vault (%2 while %3)")
                .arg(m_path, databaseText, what));
    }
    // A full disk reaches SQLite as SQLITE_FULL, or as an I/O error while the WAL grows.
    struct statvfs space
    {};
    const bool full =
        code == SQLITE_FULL ||
        (code == SQLITE_IOERR &&
         ::statvfs(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(), &space) == 0 &&
         space.f_bavail == 0);
    if (full) {
        throw VaultError(ErrorCode::Other,
                         QCoreApplication::translate("SqliteConnection",
                                                     "the disk that holds %1 is full (while %2); "
                                                     "nothing was changed. Free some space and "
                                                     "try again.")
                             .arg(m_path, what));
    }
    if (code == SQLITE_READONLY) {
        throw VaultError(ErrorCode::Other,
                         QCoreApplication::translate(
                             "SqliteConnection",
                             "%1 cannot be written (while %2): the file, its folder or the disk "
                             "is read-only. Scopevault records every read in the vault's audit "
                             "log, so it needs to write even to read a value.")
                             .arg(m_path, what));
    }
    throw VaultError(ErrorCode::Other,
                     QCoreApplication::translate("SqliteConnection", "vault file %1: %2 (while %3)")
                         .arg(m_path, text, what));
}

} // namespace scopevault
