#include "SqliteAuditTables.h"

#include "SqliteBind.h"
#include "SqliteRowScan.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace scopevault {

SqliteAuditTables::SqliteAuditTables(SqliteConnection& connection)
    : m_connection(connection)
{}

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

AuditRecord auditFrom(sqlite3_stmt* statement)
{
    const auto bytes = [statement](int column) {
        return SqliteRowScan::blobAt(statement, column).toByteArray();
    };
    AuditRecord record;
    record.seq = sqlite3_column_int64(statement, 0);
    record.timeMs = sqlite3_column_int64(statement, 1);
    record.action = QString::fromUtf8(SqliteRowScan::blobAt(statement, 2));
    record.outcome = QString::fromUtf8(SqliteRowScan::blobAt(statement, 3));
    record.actorTag = bytes(4);
    record.targetTag = bytes(5);
    record.payload = bytes(6);
    record.sealed = sqlite3_column_int(statement, 7) != 0;
    record.prevHash = bytes(8);
    record.hash = bytes(9);
    return record;
}

QVariant blobOrNull(const QByteArray& bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes);
}

} // namespace

std::optional<AuditRecord> SqliteAuditTables::lastAuditRecord()
{
    if (m_last.current(m_connection)) {
        return m_last.value;
    }
    std::optional<AuditRecord> record;
    m_connection.runNative(
        QStringLiteral("SELECT %1 FROM audit ORDER BY seq DESC LIMIT 1").arg(AuditColumns),
        "reading the audit log", [](sqlite3_stmt*) {},
        [&](sqlite3_stmt* statement) { record = auditFrom(statement); });
    m_last.set(m_connection, record);
    return record;
}

std::optional<AuditRecord> SqliteAuditTables::auditRecord(qint64 seq)
{
    QSqlQuery query =
        m_connection.run(QStringLiteral("SELECT %1 FROM audit WHERE seq = ?").arg(AuditColumns),
                         {seq}, "reading the audit log");
    if (!query.next()) {
        return std::nullopt;
    }
    return auditFrom(query);
}

void SqliteAuditTables::updateAudit(const AuditRecord& record)
{
    m_last = {};
    m_connection.run(QStringLiteral("UPDATE audit SET time_ms = ?, action = ?, outcome = ?, "
                                    "actor_tag = ?, target_tag = ?, payload = ?, sealed = ?, "
                                    "prev_hash = ?, hash = ? WHERE seq = ?"),
                     {record.timeMs, record.action, record.outcome, blobOrNull(record.actorTag),
                      blobOrNull(record.targetTag), record.payload, record.sealed ? 1 : 0,
                      record.prevHash, record.hash, record.seq},
                     "rewriting the audit log");
}

std::vector<AuditRecord> SqliteAuditTables::auditRange(qint64 fromSeq, int count)
{
    QSqlQuery query =
        m_connection.run(QStringLiteral("SELECT %1 FROM audit WHERE seq >= ? ORDER BY seq LIMIT ?")
                             .arg(AuditColumns),
                         {fromSeq, count}, "reading the audit log");
    std::vector<AuditRecord> records;
    while (query.next()) {
        records.push_back(auditFrom(query));
    }
    return records;
}

qint64 SqliteAuditTables::sealedAuditCountAfter(qint64 seq)
{
    QSqlQuery query =
        m_connection.run(QStringLiteral("SELECT count(*) FROM audit WHERE seq > ? AND sealed <> 0"),
                         {seq}, "reading the audit log");
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 SqliteAuditTables::auditCheckpointCount()
{
    QSqlQuery query = m_connection.run(QStringLiteral("SELECT count(*) FROM audit_checkpoints"),
                                       "reading the audit checkpoints");
    return query.next() ? query.value(0).toLongLong() : 0;
}

void SqliteAuditTables::appendAudit(const AuditRecord& record)
{
    m_last = {};
    m_connection.runNative(
        QStringLiteral("INSERT INTO audit (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(AuditColumns),
        "writing the audit log", [&record](sqlite3_stmt* statement) {
            SqliteBind::integer(statement, 1, record.seq);
            SqliteBind::integer(statement, 2, record.timeMs);
            SqliteBind::text(statement, 3, record.action);
            SqliteBind::text(statement, 4, record.outcome);
            SqliteBind::blobOrNull(statement, 5, record.actorTag);
            SqliteBind::blobOrNull(statement, 6, record.targetTag);
            SqliteBind::blob(statement, 7, record.payload);
            SqliteBind::integer(statement, 8, record.sealed ? 1 : 0);
            SqliteBind::blob(statement, 9, record.prevHash);
            SqliteBind::blob(statement, 10, record.hash);
        });
    m_last.set(m_connection, record);
}

void SqliteAuditTables::scanAudit(const std::function<void(const AuditRecord&)>& visit)
{
    QSqlQuery query =
        m_connection.run(QStringLiteral("SELECT %1 FROM audit ORDER BY seq").arg(AuditColumns),
                         "reading the audit log");
    while (query.next()) {
        visit(auditFrom(query));
    }
}

void SqliteAuditTables::scanAuditRows(const std::function<void(const AuditRow&)>& visit)
{
    SqliteRowScan::forEachRow(m_connection.nativeHandle(), m_connection.path(),
                              QStringLiteral("SELECT %1 FROM audit ORDER BY seq").arg(AuditColumns),
                              QCoreApplication::translate("SqliteVaultRepository", "the audit log"),
                              [&visit](sqlite3_stmt* statement) {
                                  AuditRow row;
                                  row.seq = sqlite3_column_int64(statement, 0);
                                  row.timeMs = sqlite3_column_int64(statement, 1);
                                  row.action = SqliteRowScan::blobAt(statement, 2);
                                  row.outcome = SqliteRowScan::blobAt(statement, 3);
                                  row.actorTag = SqliteRowScan::blobAt(statement, 4);
                                  row.targetTag = SqliteRowScan::blobAt(statement, 5);
                                  row.payload = SqliteRowScan::blobAt(statement, 6);
                                  row.sealed = sqlite3_column_int(statement, 7) != 0;
                                  row.prevHash = SqliteRowScan::blobAt(statement, 8);
                                  row.hash = SqliteRowScan::blobAt(statement, 9);
                                  visit(row);
                              });
}

namespace {

// The WHERE clause of a query (empty when it selects everything) and its bound values.
QString whereOf(const AuditQuery& filter, QList<QVariant>& values)
{
    QStringList where;
    if (filter.sinceMs) {
        where << QStringLiteral("time_ms >= ?");
        values << *filter.sinceMs;
    }
    if (filter.untilMs) {
        where << QStringLiteral("time_ms <= ?");
        values << *filter.untilMs;
    }
    const auto anyOf = [&](const char* column, const QList<QVariant>& options) {
        QStringList marks;
        for (const QVariant& option : options) {
            marks << QStringLiteral("?");
            values << option;
        }
        where << QStringLiteral("%1 IN (%2)")
                     .arg(QLatin1String(column), marks.join(QStringLiteral(", ")));
    };
    if (!filter.actions.isEmpty()) {
        QList<QVariant> options;
        for (const QString& action : filter.actions) {
            options << action;
        }
        anyOf("action", options);
    }
    if (filter.outcome) {
        where << QStringLiteral("outcome = ?");
        values << *filter.outcome;
    }
    if (!filter.actorTags.isEmpty()) {
        QList<QVariant> options;
        for (const QByteArray& tag : filter.actorTags) {
            options << tag;
        }
        anyOf("actor_tag", options);
    }
    if (filter.targetTag) {
        where << QStringLiteral("target_tag = ?");
        values << *filter.targetTag;
    }
    if (filter.beforeSeq) {
        where << QStringLiteral("seq < ?");
        values << *filter.beforeSeq;
    }
    return where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

} // namespace

std::vector<AuditRecord> SqliteAuditTables::queryAudit(const AuditQuery& filter)
{
    QList<QVariant> values;
    QString sql =
        QStringLiteral("SELECT %1 FROM audit").arg(AuditColumns) + whereOf(filter, values);
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

std::vector<AuditCount> SqliteAuditTables::countAudit(const AuditQuery& filter, qint64 widthMs,
                                                      qint64 offsetMs)
{
    const bool timeOnly = filter.actions.isEmpty() && !filter.outcome &&
                          filter.actorTags.isEmpty() && !filter.targetTag && !filter.beforeSeq;
    if (!timeOnly) {
        // Other filters select few rows: one grouped query.
        QList<QVariant> values{offsetMs, widthMs, widthMs, offsetMs};
        const QString sql =
            QStringLiteral(
                "SELECT ((time_ms - ?) / ?) * ? + ? AS bucket, outcome, count(*) FROM audit") +
            whereOf(filter, values) + QStringLiteral(" GROUP BY bucket, outcome ORDER BY bucket");
        QSqlQuery query = m_connection.run(sql, values, "counting the audit log");
        std::vector<AuditCount> counts;
        while (query.next()) {
            counts.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                              query.value(2).toLongLong()});
        }
        return counts;
    }
    // Only a time range (the chart's usual question): one bucket at a time, each a range of
    // the (time_ms, outcome) index. Grouping every row by a computed bucket sorted the whole
    // selection instead (290-500 ms for a year of 1,000,000 events).
    QList<QVariant> boundValues;
    QSqlQuery bounds =
        m_connection.run(QStringLiteral("SELECT min(time_ms), max(time_ms) FROM audit") +
                             whereOf(filter, boundValues),
                         boundValues, "counting the audit log");
    if (!bounds.next() || bounds.value(0).isNull()) {
        return {};
    }
    const qint64 first = bounds.value(0).toLongLong();
    const qint64 last = bounds.value(1).toLongLong();
    const qint64 relative = first - offsetMs;
    qint64 start =
        (relative >= 0 ? relative / widthMs : (relative - widthMs + 1) / widthMs) * widthMs +
        offsetMs;
    std::vector<AuditCount> counts;
    for (; start <= last; start += widthMs) {
        m_connection.runCached(
            QStringLiteral("SELECT outcome, count(*) FROM audit WHERE time_ms >= ? AND "
                           "time_ms < ? GROUP BY outcome"),
            {std::max(start, first), std::min(start + widthMs, last + 1)}, "counting the audit log",
            [&](QSqlQuery& query) {
                while (query.next()) {
                    counts.push_back(
                        {start, query.value(0).toString(), query.value(1).toLongLong()});
                }
            });
    }
    return counts;
}

void SqliteAuditTables::appendCheckpoint(const AuditCheckpoint& checkpoint)
{
    m_latestCheckpoint = {};
    m_connection.run(QStringLiteral("INSERT OR REPLACE INTO audit_checkpoints (seq, time_ms, "
                                    "hash, signature) VALUES (?, ?, ?, ?)"),
                     {checkpoint.seq, checkpoint.timeMs, checkpoint.hash, checkpoint.signature},
                     "writing an audit checkpoint");
}

std::vector<AuditCheckpoint> SqliteAuditTables::auditCheckpoints()
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

std::optional<AuditCheckpoint> SqliteAuditTables::latestAuditCheckpoint()
{
    if (m_latestCheckpoint.current(m_connection)) {
        return m_latestCheckpoint.value;
    }
    std::optional<AuditCheckpoint> checkpoint;
    m_connection.runCached(QStringLiteral("SELECT seq, time_ms, hash, signature FROM "
                                          "audit_checkpoints ORDER BY seq DESC LIMIT 1"),
                           {}, "reading audit checkpoints", [&](QSqlQuery& query) {
                               if (query.next()) {
                                   checkpoint = AuditCheckpoint{
                                       query.value(0).toLongLong(), query.value(1).toLongLong(),
                                       query.value(2).toByteArray(), query.value(3).toByteArray()};
                               }
                           });
    m_latestCheckpoint.set(m_connection, checkpoint);
    return checkpoint;
}

} // namespace scopevault
