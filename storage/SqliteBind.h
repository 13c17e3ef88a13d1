#pragma once

#include <QByteArrayView>
#include <QString>

struct sqlite3_stmt;

namespace scopevault {

/// Binding values to a statement prepared with SQLite's C API (SqliteConnection::runNative).
/// Parameters count from 1, as in SQLite. Every value is copied by SQLite.
class SqliteBind final
{
public:
    static void integer(sqlite3_stmt* statement, int parameter, qint64 value);
    static void text(sqlite3_stmt* statement, int parameter, const QString& value);
    static void blob(sqlite3_stmt* statement, int parameter, QByteArrayView value);
    /// NULL for no bytes (an optional tag), the bytes otherwise.
    static void blobOrNull(sqlite3_stmt* statement, int parameter, QByteArrayView value);
};

} // namespace scopevault
