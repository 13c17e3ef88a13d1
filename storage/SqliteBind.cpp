#include "SqliteBind.h"

#include <sqlite3.h>

namespace scopevault {

void SqliteBind::integer(sqlite3_stmt* statement, int parameter, qint64 value)
{
    sqlite3_bind_int64(statement, parameter, value);
}

void SqliteBind::text(sqlite3_stmt* statement, int parameter, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(statement, parameter, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
}

void SqliteBind::blob(sqlite3_stmt* statement, int parameter, QByteArrayView value)
{
    // A zero-length blob, not NULL: SQLite reads a null pointer as NULL.
    static const char none = 0;
    sqlite3_bind_blob(statement, parameter, value.isEmpty() ? &none : value.data(),
                      static_cast<int>(value.size()), SQLITE_TRANSIENT);
}

void SqliteBind::blobOrNull(sqlite3_stmt* statement, int parameter, QByteArrayView value)
{
    if (value.isEmpty()) {
        sqlite3_bind_null(statement, parameter);
    } else {
        blob(statement, parameter, value);
    }
}

} // namespace scopevault
