#pragma once

#include "SqliteConnection.h"
#include "audit/AuditCheckpoint.h"
#include "audit/AuditQuery.h"
#include "audit/AuditRecord.h"
#include "audit/AuditStats.h"
#include "ports/AuditRow.h"

#include <functional>
#include <optional>
#include <vector>

namespace scopevault {

/// The audit log's tables (audit, audit_checkpoints) of one vault file: the audit half of
/// SqliteVaultRepository, which delegates to it.
class SqliteAuditTables final
{
public:
    explicit SqliteAuditTables(SqliteConnection& connection);

    [[nodiscard]] std::optional<AuditRecord> lastAuditRecord();
    [[nodiscard]] std::optional<AuditRecord> auditRecord(qint64 seq);
    [[nodiscard]] qint64 sealedAuditCountAfter(qint64 seq);
    [[nodiscard]] qint64 auditCheckpointCount();
    void appendAudit(const AuditRecord& record);
    void updateAudit(const AuditRecord& record);
    [[nodiscard]] std::vector<AuditRecord> auditRange(qint64 fromSeq, int count);
    void scanAudit(const std::function<void(const AuditRecord&)>& visit);
    void scanAuditRows(const std::function<void(const AuditRow&)>& visit);
    [[nodiscard]] std::vector<AuditRecord> queryAudit(const AuditQuery& filter);
    [[nodiscard]] std::vector<AuditCount> countAudit(const AuditQuery& filter, qint64 widthMs,
                                                     qint64 offsetMs);
    void appendCheckpoint(const AuditCheckpoint& checkpoint);
    [[nodiscard]] std::vector<AuditCheckpoint> auditCheckpoints();
    [[nodiscard]] std::optional<AuditCheckpoint> latestAuditCheckpoint();

private:
    /// A value read or written inside the current transaction: the log's newest event and
    /// newest checkpoint, which each append needs, are read once per transaction.
    template <typename T> struct Cached
    {
        quint64 generation = 0;
        bool known = false;
        T value;
        [[nodiscard]] bool current(const SqliteConnection& connection) const
        {
            return known && connection.inTransaction() &&
                   generation == connection.transactionGeneration();
        }
        void set(const SqliteConnection& connection, T newValue)
        {
            known = connection.inTransaction();
            generation = connection.transactionGeneration();
            value = std::move(newValue);
        }
    };

    SqliteConnection& m_connection;
    Cached<std::optional<AuditRecord>> m_last;
    Cached<std::optional<AuditCheckpoint>> m_latestCheckpoint;
};

} // namespace scopevault
