#pragma once

#include <QByteArrayView>
#include <QString>

#include <sqlite3.h>

#include <functional>

namespace scopevault {

/// Whole-table scans with SQLite's C API: for those, QtSql's QVariant per value costs more
/// than reading the rows.
class SqliteRowScan final
{
public:
    /// Steps through `sql`, calling `visit` for each row. `what` names the data in messages
    /// ("the audit log"); a failure throws VaultError(Integrity) naming `path`.
    static void forEachRow(sqlite3* db, const QString& path, const QString& sql,
                           const QString& what, const std::function<void(sqlite3_stmt*)>& visit);
    /// The bytes of a BLOB or TEXT column, valid until the next step.
    [[nodiscard]] static QByteArrayView blobAt(sqlite3_stmt* statement, int column);
};

} // namespace scopevault
