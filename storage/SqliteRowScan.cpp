#include "SqliteRowScan.h"

#include "vault/VaultError.h"

#include <QCoreApplication>

namespace scopevault {

void SqliteRowScan::forEachRow(sqlite3* db, const QString& path, const QString& sql,
                               const QString& what, const std::function<void(sqlite3_stmt*)>& visit)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), -1, &statement, nullptr) != SQLITE_OK) {
        throw VaultError(
            ErrorCode::Integrity,
            QCoreApplication::translate("SqliteVaultRepository", "%1: cannot read %2: %3")
                .arg(path, what, QString::fromUtf8(sqlite3_errmsg(db))));
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
            QCoreApplication::translate("SqliteVaultRepository", "%1: reading %2 failed: %3")
                .arg(path, what, QString::fromUtf8(sqlite3_errstr(rc))));
    }
}

QByteArrayView SqliteRowScan::blobAt(sqlite3_stmt* statement, int column)
{
    return QByteArrayView(static_cast<const char*>(sqlite3_column_blob(statement, column)),
                          sqlite3_column_bytes(statement, column));
}

} // namespace scopevault
