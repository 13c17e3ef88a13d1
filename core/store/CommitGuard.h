#pragma once

#include "audit/AuditRecord.h"
#include "ports/CommitLeaf.h"
#include "ports/VaultRepository.h"
#include "store/CommitTree.h"
#include "store/VaultState.h"
#include "vault/VaultHeader.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace scopevault {

class VaultKeys;

/// The rules of the commitment to the whole vault, over the storage's repository: checks the
/// sealed state (VaultState) at unlock, checks rows against their leaves and the tree, and at
/// the end of each transaction seals the new state. CommittedRepository calls it around every
/// read and write; see docs/VAULT-FORMAT.md and docs/THREAT-MODEL.md.
class CommitGuard final
{
public:
    /// A stored row as the commitment sees it: its lookup key, digest and id (for messages).
    struct Row
    {
        QByteArray key;
        QByteArray digest;
        QByteArray id;
    };

    /// Rows of a whole table against that kind's leaves, and the kind's subtree hash from those
    /// leaves: all that needs no key (a prefetch computes it while the KDF runs).
    struct Comparison
    {
        enum class Status : char
        {
            Committed,
            NotCommitted,
            NotInVault
        };
        std::vector<Status> rows;             // per row, same order
        std::optional<QByteArray> missingKey; // a leaf no row has
        QByteArray kindHash;                  // CommitTree::kindHashOf the leaves
    };
    [[nodiscard]] static Comparison compare(CommitKind kind, const std::vector<Row>& rows,
                                            const std::vector<CommitLeaf>& leaves);

    explicit CommitGuard(VaultRepository& inner);

    void attach(const VaultKeys& keys, const VaultHeader& header);
    void initialize(const VaultKeys& keys, const VaultHeader& header, qint64 auditKeyedFrom);
    void detach();
    [[nodiscard]] bool active() const { return m_keys != nullptr; }
    [[nodiscard]] qint64 auditKeyedFrom() const { return m_keyedFrom; }

    /// Transaction bookkeeping: begin() when one starts, flush() before it commits (seals the
    /// new state), abort() when it ends either way.
    void begin();
    void flush();
    void abort();

    /// A record's leaf is about to change: checks its bucket against the stored tree first.
    void touch(CommitKind kind, const QByteArray& key);
    void putLeaf(CommitKind kind, const QByteArray& key, const QByteArray& digest);
    void dropLeaf(CommitKind kind, const QByteArray& key);
    void headerWritten(const VaultHeader& header);
    /// Before the first sealed audit event of a transaction: the log still ends where the
    /// state says.
    void beforeAudit();
    void auditAppended(const AuditRecord& record);
    void beforeCheckpoint();
    void checkpointAdded();

    /// One record (or its absence) against its leaf and the path to the root.
    void checkOne(CommitKind kind, const QByteArray& key, const std::optional<Row>& row);
    /// The rows whose keys lie in [from, to) against the leaves of that range, and the
    /// buckets holding them against the root (one secret's history).
    void checkRange(CommitKind kind, const QByteArray& from, const QByteArray& to,
                    const std::vector<Row>& rows);
    /// Every row of a table against that kind's leaves, and those leaves against the root.
    /// Rows that differ from their leaf are reported in `damaged` (by index) when given;
    /// otherwise they throw. `compared`: what compare() made of the rows and the kind's leaves
    /// in this state of the file (a prefetch, which may then have dropped the leaves and the
    /// rows' keys and digests: only their ids are read here); read and compared here when null.
    void checkAll(CommitKind kind, const std::vector<Row>& rows,
                  QHash<int, QString>* damaged = nullptr, const Comparison* compared = nullptr);
    void checkBuckets(const QSet<int>& buckets, CommitKind kind);
    /// The newest audit event the sealed state names (0: none).
    [[nodiscard]] qint64 committedAuditHead();
    /// The sealed state's sequence number and root.
    [[nodiscard]] std::pair<quint64, QByteArray> committedState();
    /// The whole tree against the root, the audit head and the checkpoint count.
    [[nodiscard]] QStringList verifyTree();
    /// Throws VaultError(Integrity): "<file>: record <id> of table <table> <why>".
    [[noreturn]] void fail(CommitKind kind, const QByteArray& id, const QString& why) const;

    [[nodiscard]] static QString tableName(CommitKind kind);
    [[nodiscard]] static QString notCommittedReason();
    [[nodiscard]] static QString notInVaultReason();
    [[nodiscard]] static QString missingReason();

private:
    struct Pending
    {
        QHash<int, QByteArray> oldBuckets;
        std::optional<AuditRecord> auditHead;
        bool auditChecked = false;
        qint64 checkpointsAdded = 0;
        std::optional<QByteArray> headerDigest;
        std::optional<VaultState> state;
        QSet<qint64> checkedNodes;
        [[nodiscard]] bool any() const
        {
            return !oldBuckets.isEmpty() || auditHead || checkpointsAdded > 0 || headerDigest;
        }
    };

    [[nodiscard]] VaultState currentState();
    [[nodiscard]] VaultState readState();
    void checkHeader(const VaultState& state, const VaultHeader& header);
    void checkAuditHead(const VaultState& state);
    void checkCheckpoints(const VaultState& state);

    VaultRepository& m_inner;
    CommitTree m_tree;
    const VaultKeys* m_keys = nullptr;
    QByteArray m_vaultId;
    qint64 m_keyedFrom = 1;
    Pending m_pending;
    bool m_inTransaction = false;
};

} // namespace scopevault
