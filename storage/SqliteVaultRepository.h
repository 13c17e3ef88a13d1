#pragma once

#include "SqliteAuditTables.h"
#include "SqliteBundleTables.h"
#include "SqliteCommitTables.h"
#include "SqliteConnection.h"
#include "SqliteHistoryTable.h"
#include "ports/VaultRepository.h"

namespace scopevault {

/// A vault in one SQLite file (WAL, synchronous=FULL, mode 0600).
class SqliteVaultRepository final : public VaultRepository
{
public:
    explicit SqliteVaultRepository(const QString& path);

    [[nodiscard]] QString location() const override { return m_connection.path(); }
    [[nodiscard]] bool exists() const override;
    void create(const VaultHeader& header) override;
    void open() override;
    [[nodiscard]] int schemaVersion() const override { return m_schemaVersion; }

    [[nodiscard]] VaultHeader readHeader() override;
    void writeHeader(const VaultHeader& header) override;
    [[nodiscard]] std::optional<QByteArray> quickUnlockWrap() override;
    void setQuickUnlockWrap(const std::optional<QByteArray>& wrap) override;

    [[nodiscard]] std::optional<SecretRecord> findSecret(const QByteArray& refTag) override;
    [[nodiscard]] std::vector<SecretRecord> secretsWithoutValues() override;
    [[nodiscard]] std::vector<SecretRecord> secrets() override;
    [[nodiscard]] int secretCount() override;
    [[nodiscard]] quint64 changesByOthers() override;
    void insertSecret(const SecretRecord& record) override;
    void updateSecret(const SecretRecord& record) override;
    void removeSecret(const SecretRecord& record) override;

    [[nodiscard]] QSet<QByteArray> secretTags() override;

    [[nodiscard]] std::vector<ObjectRecord> objects() override;
    [[nodiscard]] std::optional<ObjectRecord> findObject(const QByteArray& tag) override;
    void insertObject(const ObjectRecord& record) override;
    void updateObject(const ObjectRecord& record) override;
    void removeObject(const ObjectRecord& record) override;

    void insertBundle(const BundleRecord& record) override;
    void updateBundle(const BundleRecord& record) override;
    [[nodiscard]] std::optional<BundleRecord> findBundle(const QByteArray& id) override;
    [[nodiscard]] std::vector<BundleRecord> bundles() override;
    [[nodiscard]] bool hasReceipt(const QByteArray& tag) override;
    void insertReceipt(const QByteArray& tag, qint64 importedMs) override;
    [[nodiscard]] std::vector<std::pair<QByteArray, qint64>> receipts() override;

    [[nodiscard]] std::optional<AuditRecord> lastAuditRecord() override;
    [[nodiscard]] std::optional<AuditRecord> auditRecord(qint64 seq) override;
    [[nodiscard]] qint64 sealedAuditCountAfter(qint64 seq) override;
    void appendAudit(const AuditRecord& record) override;
    void updateAudit(const AuditRecord& record) override;
    [[nodiscard]] std::vector<AuditRecord> auditRange(qint64 fromSeq, int count) override;
    void scanAudit(const std::function<void(const AuditRecord&)>& visit) override;
    void scanAuditRows(const std::function<void(const AuditRow&)>& visit) override;
    [[nodiscard]] std::vector<AuditRecord> queryAudit(const AuditQuery& query) override;
    [[nodiscard]] std::vector<AuditCount> countAudit(const AuditQuery& query, qint64 widthMs,
                                                     qint64 offsetMs) override;
    void appendCheckpoint(const AuditCheckpoint& checkpoint) override;
    [[nodiscard]] std::vector<AuditCheckpoint> auditCheckpoints() override;
    [[nodiscard]] std::optional<AuditCheckpoint> latestAuditCheckpoint() override;
    [[nodiscard]] qint64 auditCheckpointCount() override;

    [[nodiscard]] std::vector<VersionRecord> secretVersions(const QByteArray& secretId) override;
    void scanSecretVersions(const std::function<void(const VersionRecord&)>& visit) override;
    void putSecretVersion(const VersionRecord& record) override;
    void removeSecretVersion(const VersionRecord& record) override;

    [[nodiscard]] std::optional<QByteArray> commitLeaf(CommitKind kind,
                                                       const QByteArray& key) override;
    [[nodiscard]] std::vector<CommitLeaf>
    commitLeavesBetween(CommitKind kind, const QByteArray& from, const QByteArray& to) override;
    [[nodiscard]] std::vector<CommitLeaf> commitLeavesOfKind(CommitKind kind) override;
    void scanCommitLeaves(const std::function<void(const CommitLeaf&)>& visit) override;
    void putCommitLeaf(const CommitLeaf& leaf) override;
    void removeCommitLeaf(CommitKind kind, const QByteArray& key) override;
    [[nodiscard]] std::vector<QByteArray> commitNodes(int level, int first, int count) override;
    void putCommitNode(int level, int index, const QByteArray& hash) override;
    void clearCommitment() override;
    [[nodiscard]] QByteArray commitState() override;
    void writeCommitState(const QByteArray& sealed) override;

    [[nodiscard]] QStringList storageProblems() override;

    void transact(const std::function<void()>& work) override;

private:
    void writeHeaderRows(const VaultHeader& header);
    [[nodiscard]] std::vector<SecretRecord> scanSecrets(bool withValues);

    SqliteConnection m_connection;
    SqliteAuditTables m_audit; // after m_connection, which it uses
    SqliteCommitTables m_commit;
    SqliteBundleTables m_bundles;
    SqliteHistoryTable m_history;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
};

} // namespace scopevault
