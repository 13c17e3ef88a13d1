#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <QHash>

#include <functional>
#include <initializer_list>

struct sqlite3;
struct sqlite3_stmt;

namespace scopevault {

/// One named QSQLITE connection to a vault file, with the pragmas a vault needs and errors
/// turned into VaultError naming the file (Integrity for "not a database" and corruption).
class SqliteConnection final
{
public:
    explicit SqliteConnection(const QString& path);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    /// Opens the file (which must exist) and applies WAL, synchronous=FULL, secure_delete.
    /// Opens the file; `readOnly` for a file this user cannot write (no sidecar files are
    /// created, and every write fails with a message that says so).
    void open(bool readOnly = false);
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] const QString& path() const { return m_path; }

    /// Prepares, binds positionally and runs; throws on failure saying what was being done.
    QSqlQuery run(const QString& sql, const QList<QVariant>& values, const char* doing);
    QSqlQuery run(const QString& sql, std::initializer_list<QVariant> values, const char* doing)
    {
        return run(sql, QList<QVariant>(values), doing);
    }
    QSqlQuery run(const QString& sql, const char* doing) { return run(sql, {}, doing); }

    /// The same with a statement prepared once per connection and kept (the per-record paths:
    /// a 100,000-line import runs each of them 100,000 times). `read` sees the result rows;
    /// the statement is reset afterwards, so no read stays open.
    void runCached(const QString& sql, const QList<QVariant>& values, const char* doing,
                   const std::function<void(QSqlQuery&)>& read = {});

    /// The same with SQLite's C API for the per-event writes, where QtSql's QVariant per bound
    /// value and per read column costs more than SQLite's own work (an audit append). The
    /// statement is prepared once per connection; `bind` binds its values (SqliteBind.h),
    /// `read` sees each result row; it is reset afterwards.
    void runNative(const QString& sql, const char* doing,
                   const std::function<void(sqlite3_stmt*)>& bind,
                   const std::function<void(sqlite3_stmt*)>& read = {});

    /// Counts transactions begun and ended: a value read inside a transaction and tagged with
    /// this number is still current while the number is unchanged (nobody else can write).
    [[nodiscard]] quint64 transactionGeneration() const { return m_generation; }
    [[nodiscard]] bool inTransaction() const { return m_inTransaction; }

    /// The connection's own sqlite3 handle, for the few hot paths where QtSql's per-value
    /// QVariant conversions dominate (verifying millions of audit records).
    [[nodiscard]] ::sqlite3* nativeHandle() const;

    void begin();
    void commit();
    void rollback();

private:
    [[noreturn]] void fail(const QSqlError& error, const char* doing) const;
    [[noreturn]] void fail(int code, const QString& databaseText, const QString& text,
                           const char* doing) const;
    void endTransaction();

    QString m_path;
    QString m_name;
    QHash<QString, QSqlQuery> m_cached;
    QHash<QString, sqlite3_stmt*> m_native;
    quint64 m_generation = 0;
    bool m_inTransaction = false;
};

} // namespace scopevault
