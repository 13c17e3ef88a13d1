#pragma once

#include "ports/VaultRepository.h"
#include "store/CommitGuard.h"
#include "store/ListingPrefetch.h"

#include <QHash>

#include <optional>

namespace scopevault {

class VaultKeys;

/// The vault's repository as core uses it: forwards to the storage's repository and, while
/// the vault is unlocked, keeps the commitment to the whole vault (CommitTree, VaultState).
/// Every write updates the record's leaf, the tree and the sealed state in the same
/// transaction; every read checks the rows it returns against the commitment and throws
/// VaultError(Integrity) naming the table and record that do not agree. Locked, it only
/// forwards (the header, info, and unlock failures recorded without the key).
class CommittedRepository final : public VaultRepository
{
public:
    explicit CommittedRepository(VaultRepository& inner);

    /// Checks the sealed state against `header` (same vault, current header), the audit log's
    /// head and its checkpoints; then checks every read and commits every write. Throws
    /// VaultError(Integrity).
    void attach(const VaultKeys& keys, const VaultHeader& header);
    /// Builds the commitment over every record the vault holds (none for a new vault; all for
    /// one upgraded from format 1) and seals it, in the caller's transaction; then attach()ed.
    void initialize(const VaultKeys& keys, const VaultHeader& header, qint64 auditKeyedFrom);
    void detach();
    /// Reads what reading the catalog (objects()) and, when `secrets`, listing every secret
    /// need without a key (ListingPrefetch), for the next such read after the unlock; meant
    /// to run while the KDF does. A failure is left for that read to report.
    void prefetch(bool secrets);
    /// Events from this sequence number on carry keyed hashes.
    [[nodiscard]] qint64 auditKeyedFrom() const { return m_guard.auditKeyedFrom(); }
    /// Every record against its leaf, every leaf against the root, the audit head and the
    /// checkpoint count: what `verify` reports (empty: all agree).
    [[nodiscard]] QStringList verifyAll();
    /// The storage's repository itself, for a key rotation that rewrites every row and then
    /// rebuilds the commitment (initialize) under the new key.
    [[nodiscard]] VaultRepository& storage() { return m_inner; }
    /// The newest audit event the sealed state names (0: none). Needs the keys.
    [[nodiscard]] qint64 committedAuditHead();

    [[nodiscard]] QString location() const override { return m_inner.location(); }
    [[nodiscard]] bool exists() const override { return m_inner.exists(); }
    void create(const VaultHeader& header) override { m_inner.create(header); }
    void open() override { m_inner.open(); }
    [[nodiscard]] int schemaVersion() const override { return m_inner.schemaVersion(); }
    [[nodiscard]] VaultHeader readHeader() override { return m_inner.readHeader(); }
    void writeHeader(const VaultHeader& header) override;
    [[nodiscard]] std::optional<QByteArray> quickUnlockWrap() override
    {
        return m_inner.quickUnlockWrap();
    }
    void setQuickUnlockWrap(const std::optional<QByteArray>& wrap) override
    {
        m_inner.setQuickUnlockWrap(wrap);
    }
    /// The sealed state's sequence number and root (the rollback anchor). Needs the keys.
    [[nodiscard]] std::pair<quint64, QByteArray> committedState();

    [[nodiscard]] std::optional<SecretRecord> findSecret(const QByteArray& refTag) override;
    [[nodiscard]] std::vector<SecretRecord> secretsWithoutValues() override;
    [[nodiscard]] std::vector<SecretRecord> secrets() override;
    [[nodiscard]] int secretCount() override { return m_inner.secretCount(); }
    [[nodiscard]] quint64 changesByOthers() override { return m_inner.changesByOthers(); }
    void insertSecret(const SecretRecord& record) override;
    void updateSecret(const SecretRecord& record) override;
    void removeSecret(const SecretRecord& record) override;
    [[nodiscard]] QSet<QByteArray> secretTags() override;
    // The secrets' history: CommittedHistory.cpp.
    [[nodiscard]] std::vector<VersionRecord> secretVersions(const QByteArray& secretId) override;
    void scanSecretVersions(const std::function<void(const VersionRecord&)>& visit) override;
    void putSecretVersion(const VersionRecord& record) override;
    void removeSecretVersion(const VersionRecord& record) override;

    [[nodiscard]] std::vector<ObjectRecord> objects() override;
    [[nodiscard]] std::optional<ObjectRecord> findObject(const QByteArray& tag) override;
    void insertObject(const ObjectRecord& record) override;
    void updateObject(const ObjectRecord& record) override;
    void removeObject(const ObjectRecord& record) override;

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

    void insertBundle(const BundleRecord& record) override;
    void updateBundle(const BundleRecord& record) override;
    [[nodiscard]] std::optional<BundleRecord> findBundle(const QByteArray& id) override;
    [[nodiscard]] std::vector<BundleRecord> bundles() override;
    [[nodiscard]] bool hasReceipt(const QByteArray& tag) override;
    void insertReceipt(const QByteArray& tag, qint64 importedMs) override;
    [[nodiscard]] std::vector<std::pair<QByteArray, qint64>> receipts() override;

    // The commitment's own storage is reached through this class's logic only; these forward.
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
    [[nodiscard]] QByteArray commitState() override { return m_inner.commitState(); }
    void writeCommitState(const QByteArray& sealed) override { m_inner.writeCommitState(sealed); }
    [[nodiscard]] QStringList storageProblems() override { return m_inner.storageProblems(); }

    void transact(const std::function<void()>& work) override;

private:
    [[nodiscard]] bool committing() const { return m_guard.active(); }
    /// Every secret checked against the commitment, with or without its sealed value (a
    /// listing without values takes a prefetch when there is one).
    [[nodiscard]] std::vector<SecretRecord> checkedSecrets(bool withValues);
    /// Runs `work` inside this class's transaction (its own when there is none).
    void inTransaction(const std::function<void()>& work);

    VaultRepository& m_inner;
    CommitGuard m_guard;
    ListingPrefetch m_prefetch;
    int m_depth = 0;
};

} // namespace scopevault
