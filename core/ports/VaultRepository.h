#pragma once

#include "audit/AuditCheckpoint.h"
#include "audit/AuditQuery.h"
#include "audit/AuditRecord.h"
#include "audit/AuditStats.h"
#include "ports/AuditRow.h"
#include "ports/BundleRecord.h"
#include "ports/CommitLeaf.h"
#include "ports/ObjectRecord.h"
#include "ports/SecretRecord.h"
#include "ports/VersionRecord.h"
#include "vault/VaultHeader.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace scopevault {

/// Persistence of one vault. Implemented by storage (SQLite); core never sees SQL.
/// Every method throws VaultError: NotFound for a missing vault, Integrity for a file that
/// is not a readable vault, Other for I/O failures. Messages name the file.
class VaultRepository
{
public:
    virtual ~VaultRepository() = default;

    /// Where the vault lives, for messages.
    [[nodiscard]] virtual QString location() const = 0;
    [[nodiscard]] virtual bool exists() const = 0;
    /// Creates a new, empty vault with this header. Refuses to replace an existing one.
    virtual void create(const VaultHeader& header) = 0;
    /// Opens an existing vault, applying pending schema migrations.
    virtual void open() = 0;
    [[nodiscard]] virtual int schemaVersion() const = 0;

    [[nodiscard]] virtual VaultHeader readHeader() = 0;
    virtual void writeHeader(const VaultHeader& header) = 0;
    /// Quick unlock's wrap of the vault key (keychain/QuickUnlock), or nothing. Kept outside
    /// the commitment because it is read before any key exists; it opens only with the key
    /// the OS keychain holds, and removing it only turns quick unlock off.
    [[nodiscard]] virtual std::optional<QByteArray> quickUnlockWrap() = 0;
    virtual void setQuickUnlockWrap(const std::optional<QByteArray>& wrap) = 0;

    [[nodiscard]] virtual std::optional<SecretRecord> findSecret(const QByteArray& refTag) = 0;
    /// Every secret without its sealed value (values are read one at a time, when needed).
    [[nodiscard]] virtual std::vector<SecretRecord> secretsWithoutValues() = 0;
    /// Every secret with its sealed value (verification).
    [[nodiscard]] virtual std::vector<SecretRecord> secrets() = 0;
    [[nodiscard]] virtual int secretCount() = 0;
    /// A number that changes whenever another connection or process has committed a change
    /// to the file since this one last looked (SQLite's data_version); this connection's own
    /// writes leave it alone.
    [[nodiscard]] virtual quint64 changesByOthers() = 0;
    virtual void insertSecret(const SecretRecord& record) = 0;
    virtual void updateSecret(const SecretRecord& record) = 0;
    virtual void removeSecret(const SecretRecord& record) = 0;

    /// The history of one secret (its record id), in version order.
    [[nodiscard]] virtual std::vector<VersionRecord> secretVersions(const QByteArray& secretId) = 0;
    /// Calls `visit` for every version of every secret, ordered by secret id and version.
    virtual void scanSecretVersions(const std::function<void(const VersionRecord&)>& visit) = 0;
    /// Stores a version (replacing the one with the same secret id and version).
    virtual void putSecretVersion(const VersionRecord& record) = 0;
    virtual void removeSecretVersion(const VersionRecord& record) = 0;

    /// The lookup tags of every secret (to test existence without decrypting anything).
    [[nodiscard]] virtual QSet<QByteArray> secretTags() = 0;

    [[nodiscard]] virtual std::vector<ObjectRecord> objects() = 0;
    [[nodiscard]] virtual std::optional<ObjectRecord> findObject(const QByteArray& tag) = 0;
    virtual void insertObject(const ObjectRecord& record) = 0;
    virtual void updateObject(const ObjectRecord& record) = 0;
    virtual void removeObject(const ObjectRecord& record) = 0;

    [[nodiscard]] virtual std::optional<AuditRecord> lastAuditRecord() = 0;
    [[nodiscard]] virtual std::optional<AuditRecord> auditRecord(qint64 seq) = 0;
    /// How many events after `seq` are sealed (written with the key).
    [[nodiscard]] virtual qint64 sealedAuditCountAfter(qint64 seq) = 0;
    virtual void appendAudit(const AuditRecord& record) = 0;
    /// Replaces every column of the event with this sequence number (key rotation).
    virtual void updateAudit(const AuditRecord& record) = 0;
    /// Up to `count` events from `fromSeq` on, in sequence order.
    [[nodiscard]] virtual std::vector<AuditRecord> auditRange(qint64 fromSeq, int count) = 0;
    /// Calls `visit` for every audit record in sequence order.
    virtual void scanAudit(const std::function<void(const AuditRecord&)>& visit) = 0;
    /// The same without copying: each row's views are valid only during its call.
    virtual void scanAuditRows(const std::function<void(const AuditRow&)>& visit) = 0;
    [[nodiscard]] virtual std::vector<AuditRecord> queryAudit(const AuditQuery& query) = 0;
    /// Events matching `query` counted per outcome and per bucket of `widthMs` (bucket start =
    /// offsetMs + a multiple of widthMs), ordered by bucket start.
    [[nodiscard]] virtual std::vector<AuditCount> countAudit(const AuditQuery& query,
                                                             qint64 widthMs, qint64 offsetMs) = 0;
    virtual void appendCheckpoint(const AuditCheckpoint& checkpoint) = 0;
    [[nodiscard]] virtual std::vector<AuditCheckpoint> auditCheckpoints() = 0;
    [[nodiscard]] virtual std::optional<AuditCheckpoint> latestAuditCheckpoint() = 0;
    [[nodiscard]] virtual qint64 auditCheckpointCount() = 0;

    virtual void insertBundle(const BundleRecord& record) = 0;
    /// Replaces a bundle's sealed payload (key rotation).
    virtual void updateBundle(const BundleRecord& record) = 0;
    [[nodiscard]] virtual std::optional<BundleRecord> findBundle(const QByteArray& id) = 0;
    /// Every issued bundle, newest first.
    [[nodiscard]] virtual std::vector<BundleRecord> bundles() = 0;
    /// Imported receipts are remembered by a keyed tag of their id, to ignore duplicates.
    [[nodiscard]] virtual bool hasReceipt(const QByteArray& tag) = 0;
    virtual void insertReceipt(const QByteArray& tag, qint64 importedMs) = 0;
    /// Every receipt tag with the time it was imported.
    [[nodiscard]] virtual std::vector<std::pair<QByteArray, qint64>> receipts() = 0;

    /// The commitment to the whole vault (store/CommitTree.h): one leaf per live record,
    /// tree nodes by level and index, and the sealed state naming the root.
    [[nodiscard]] virtual std::optional<QByteArray> commitLeaf(CommitKind kind,
                                                               const QByteArray& key) = 0;
    /// Leaves of `kind` whose key is in [from, to), in key order; an empty `to` is unbounded.
    [[nodiscard]] virtual std::vector<CommitLeaf>
    commitLeavesBetween(CommitKind kind, const QByteArray& from, const QByteArray& to) = 0;
    [[nodiscard]] virtual std::vector<CommitLeaf> commitLeavesOfKind(CommitKind kind) = 0;
    /// Every leaf ordered by kind and key.
    virtual void scanCommitLeaves(const std::function<void(const CommitLeaf&)>& visit) = 0;
    virtual void putCommitLeaf(const CommitLeaf& leaf) = 0;
    virtual void removeCommitLeaf(CommitKind kind, const QByteArray& key) = 0;
    /// Nodes `first` .. `first + count - 1` of `level`; an absent node is an empty array.
    [[nodiscard]] virtual std::vector<QByteArray> commitNodes(int level, int first, int count) = 0;
    /// Removes every leaf and node (the commitment is rebuilt after a key rotation).
    virtual void clearCommitment() = 0;
    /// Stores a node; an empty hash removes it.
    virtual void putCommitNode(int level, int index, const QByteArray& hash) = 0;
    /// The sealed commitment state, or an empty array when the vault has none yet.
    [[nodiscard]] virtual QByteArray commitState() = 0;
    virtual void writeCommitState(const QByteArray& sealed) = 0;

    /// Problems SQLite's own integrity check finds in the file (empty: none).
    [[nodiscard]] virtual QStringList storageProblems() = 0;

    /// Runs `work` in one transaction: committed if it returns, rolled back if it throws.
    virtual void transact(const std::function<void()>& work) = 0;
};

} // namespace scopevault
