#include "store/CommitGuard.h"

#include "crypto/VaultKeys.h"
#include "store/LeafIndex.h"
#include "store/RecordDigest.h"
#include "store/VaultStateSeal.h"
#include "vault/VaultError.h"

#include <QCoreApplication>

#include <sodium.h>

namespace scopevault {

namespace {

QString tableOf(CommitKind kind)
{
    switch (kind) {
    case CommitKind::Secret:
        return QStringLiteral("secrets");
    case CommitKind::Object:
        return QStringLiteral("objects");
    case CommitKind::Bundle:
        return QStringLiteral("bundles");
    case CommitKind::Receipt:
        return QStringLiteral("receipts");
    case CommitKind::Version:
        return QStringLiteral("secret_versions");
    }
    return QString();
}

bool same(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() &&
           (a.isEmpty() ||
            sodium_memcmp(a.constData(), b.constData(), static_cast<std::size_t>(a.size())) == 0);
}

QString notCommitted()
{
    return QCoreApplication::translate("CommitGuard",
                                       "is not the version the vault committed to (an older copy "
                                       "replayed, or altered)");
}

QString notInVault()
{
    return QCoreApplication::translate("CommitGuard",
                                       "is not part of this vault (added, or copied from another "
                                       "vault)");
}

QString missing()
{
    return QCoreApplication::translate("CommitGuard",
                                       "is missing: the vault committed to it (deleted, or a "
                                       "damaged page)");
}

} // namespace

CommitGuard::CommitGuard(VaultRepository& inner)
    : m_inner(inner)
    , m_tree(inner)
{}

QString CommitGuard::tableName(CommitKind kind)
{
    return tableOf(kind);
}

QString CommitGuard::notCommittedReason()
{
    return notCommitted();
}

QString CommitGuard::notInVaultReason()
{
    return notInVault();
}

QString CommitGuard::missingReason()
{
    return missing();
}

void CommitGuard::begin()
{
    m_pending = Pending();
    m_inTransaction = true;
}

void CommitGuard::abort()
{
    m_pending = Pending();
    m_inTransaction = false;
}

void CommitGuard::headerWritten(const VaultHeader& header)
{
    m_pending.headerDigest = VaultKeys::headerDigest(header);
}

void CommitGuard::beforeAudit()
{
    if (!m_pending.auditChecked) {
        // Chaining onto a log whose committed end was removed would hide the removal.
        checkAuditHead(currentState());
        m_pending.auditChecked = true;
    }
}

void CommitGuard::auditAppended(const AuditRecord& record)
{
    m_pending.auditHead = record;
}

void CommitGuard::beforeCheckpoint()
{
    if (m_pending.checkpointsAdded == 0) {
        checkCheckpoints(currentState());
    }
}

void CommitGuard::checkpointAdded()
{
    m_pending.checkpointsAdded += 1;
}

qint64 CommitGuard::committedAuditHead()
{
    return currentState().auditHeadSeq;
}

std::pair<quint64, QByteArray> CommitGuard::committedState()
{
    const VaultState state = currentState();
    return {state.seq, state.root};
}

QStringList CommitGuard::verifyTree()
{
    QStringList problems;
    try {
        const VaultState state = currentState();
        int bad = -1;
        if (!same(m_tree.rebuild(false, &bad), state.root)) {
            problems << QCoreApplication::translate("CommitGuard",
                                                    "%1: the commitment does not agree with its "
                                                    "root (first differing bucket: %2)")
                            .arg(m_inner.location())
                            .arg(bad);
        }
        checkAuditHead(state);
        checkCheckpoints(state);
    } catch (const VaultError& error) {
        problems << error.message();
    }
    return problems;
}

void CommitGuard::fail(CommitKind kind, const QByteArray& id, const QString& why) const
{
    throw VaultError(
        ErrorCode::Integrity,
        QCoreApplication::translate("CommitGuard", "%1: record %2 of table "
                                                   "%3 %4")
            .arg(m_inner.location(), QString::fromLatin1(id.toHex()), tableOf(kind), why));
}

VaultState CommitGuard::currentState()
{
    // Within one transaction the stored state changes only when it commits (flush), so it is
    // read and its MAC checked once.
    if (m_inTransaction && m_pending.state) {
        return *m_pending.state;
    }
    VaultState state = readState();
    if (m_inTransaction) {
        m_pending.state = state;
    }
    return state;
}

VaultState CommitGuard::readState()
{
    const QByteArray sealed = m_inner.commitState();
    if (sealed.isEmpty()) {
        throw VaultError(ErrorCode::Integrity,
                         QCoreApplication::translate("CommitGuard",
                                                     "%1 has no commitment although its header "
                                                     "says format 2 (it was removed)")
                             .arg(m_inner.location()));
    }
    if (!m_vaultId.isEmpty() && VaultStateSeal::vaultIdOf(sealed) != m_vaultId) {
        throw VaultError(
            ErrorCode::Integrity,
            QCoreApplication::translate("CommitGuard", "the header of %1 belongs to another vault")
                .arg(m_inner.location()));
    }
    return VaultStateSeal::open(sealed, m_keys->commitKey(), m_inner.location());
}

void CommitGuard::checkHeader(const VaultState& state, const VaultHeader& header)
{
    if (!same(state.headerDigest, VaultKeys::headerDigest(header))) {
        if (!same(VaultKeys::headerDigest(m_inner.readHeader()), VaultKeys::headerDigest(header))) {
            throw VaultError(ErrorCode::WrongPassphrase,
                             QCoreApplication::translate("CommitGuard",
                                                         "the passphrase of %1 was changed by "
                                                         "another process while this one "
                                                         "unlocked it; try again")
                                 .arg(m_inner.location()));
        }
        throw VaultError(ErrorCode::Integrity,
                         QCoreApplication::translate("CommitGuard",
                                                     "the header of %1 is not its current one "
                                                     "(restored from an older copy?)")
                             .arg(m_inner.location()));
    }
}

void CommitGuard::checkAuditHead(const VaultState& state)
{
    const auto broken = [&](const QString& why) {
        throw VaultError(ErrorCode::Integrity,
                         QCoreApplication::translate("CommitGuard",
                                                     "the audit log of %1 does not end where the "
                                                     "vault committed to: %2")
                             .arg(m_inner.location(), why));
    };
    if (state.auditHeadSeq > 0) {
        const std::optional<AuditRecord> head = m_inner.auditRecord(state.auditHeadSeq);
        if (!head) {
            broken(
                QCoreApplication::translate("CommitGuard", "event %1 is missing (events removed)")
                    .arg(state.auditHeadSeq));
        }
        if (!same(head->hash, state.auditHeadHash)) {
            broken(QCoreApplication::translate("CommitGuard", "event %1 was altered")
                       .arg(state.auditHeadSeq));
        }
    }
    const qint64 after = m_inner.sealedAuditCountAfter(state.auditHeadSeq);
    if (after > 0) {
        broken(QCoreApplication::translate("CommitGuard",
                                           "%1 sealed events follow event %2 (events added)")
                   .arg(after)
                   .arg(state.auditHeadSeq));
    }
}

void CommitGuard::checkCheckpoints(const VaultState& state)
{
    const qint64 stored = m_inner.auditCheckpointCount();
    if (stored != state.checkpointCount) {
        throw VaultError(ErrorCode::Integrity,
                         QCoreApplication::translate("CommitGuard",
                                                     "the audit log of %1 holds %2 signed "
                                                     "checkpoints; the vault committed to %3 "
                                                     "(checkpoints removed or added)")
                             .arg(m_inner.location())
                             .arg(stored)
                             .arg(state.checkpointCount));
    }
}

void CommitGuard::attach(const VaultKeys& keys, const VaultHeader& header)
{
    m_keys = &keys;
    m_vaultId = header.vaultId;
    try {
        m_inner.transact([&] {
            const VaultState state = currentState();
            checkHeader(state, header);
            checkAuditHead(state);
            checkCheckpoints(state);
            m_keyedFrom = state.auditKeyedFrom;
        });
    } catch (...) {
        detach();
        throw;
    }
}

void CommitGuard::initialize(const VaultKeys& keys, const VaultHeader& header,
                             qint64 auditKeyedFrom)
{
    m_inner.transact([&] {
        for (const SecretRecord& record : m_inner.secrets()) {
            m_inner.putCommitLeaf({CommitKind::Secret, record.refTag, RecordDigest::of(record)});
        }
        for (const ObjectRecord& record : m_inner.objects()) {
            m_inner.putCommitLeaf({CommitKind::Object, record.tag, RecordDigest::of(record)});
        }
        for (const BundleRecord& record : m_inner.bundles()) {
            m_inner.putCommitLeaf({CommitKind::Bundle, record.id, RecordDigest::of(record)});
        }
        for (const auto& [tag, importedMs] : m_inner.receipts()) {
            m_inner.putCommitLeaf(
                {CommitKind::Receipt, tag, RecordDigest::ofReceipt(tag, importedMs)});
        }
        m_inner.scanSecretVersions([&](const VersionRecord& record) {
            m_inner.putCommitLeaf(
                {CommitKind::Version, record.commitKey(), RecordDigest::of(record)});
        });
        VaultState state;
        state.vaultId = header.vaultId;
        state.seq = 1;
        state.root = m_tree.rebuild(true);
        if (const std::optional<AuditRecord> last = m_inner.lastAuditRecord()) {
            state.auditHeadSeq = last->seq;
            state.auditHeadHash = last->hash;
        }
        state.auditKeyedFrom = auditKeyedFrom;
        state.checkpointCount = m_inner.auditCheckpointCount();
        state.headerDigest = VaultKeys::headerDigest(header);
        m_inner.writeCommitState(VaultStateSeal::seal(state, keys.commitKey()));
    });
    m_keys = &keys;
    m_vaultId = header.vaultId;
    m_keyedFrom = auditKeyedFrom;
}

void CommitGuard::detach()
{
    m_keys = nullptr;
    m_vaultId.clear();
    m_pending = Pending();
    m_inTransaction = false;
}

void CommitGuard::touch(CommitKind kind, const QByteArray& key)
{
    const int bucket = CommitTree::bucketOf(kind, key);
    if (m_pending.oldBuckets.contains(bucket)) {
        return;
    }
    const QByteArray stored = m_tree.storedBucket(bucket);
    if (!same(m_tree.bucketFromLeaves(bucket), stored)) {
        throw VaultError(ErrorCode::Integrity,
                         QCoreApplication::translate("CommitGuard",
                                                     "%1: the commitment's leaves of bucket %2 "
                                                     "were altered (rows replayed, added or "
                                                     "removed)")
                             .arg(m_inner.location())
                             .arg(bucket));
    }
    m_pending.oldBuckets.insert(bucket, stored);
}

void CommitGuard::putLeaf(CommitKind kind, const QByteArray& key, const QByteArray& digest)
{
    touch(kind, key);
    m_inner.putCommitLeaf({kind, key, digest});
}

void CommitGuard::dropLeaf(CommitKind kind, const QByteArray& key)
{
    touch(kind, key);
    m_inner.removeCommitLeaf(kind, key);
}

void CommitGuard::flush()
{
    if (!m_pending.any()) {
        return;
    }
    VaultState state = currentState();
    if (!m_pending.oldBuckets.isEmpty()) {
        const std::optional<QByteArray> root = m_tree.update(m_pending.oldBuckets, state.root);
        if (!root) {
            throw VaultError(ErrorCode::Integrity,
                             QCoreApplication::translate("CommitGuard",
                                                         "%1: the commitment's tree does not "
                                                         "agree with its root (rows of "
                                                         "commit_nodes were altered)")
                                 .arg(m_inner.location()));
        }
        state.root = *root;
    }
    if (m_pending.auditHead) {
        state.auditHeadSeq = m_pending.auditHead->seq;
        state.auditHeadHash = m_pending.auditHead->hash;
    }
    state.checkpointCount += m_pending.checkpointsAdded;
    if (m_pending.headerDigest) {
        state.headerDigest = *m_pending.headerDigest;
    }
    state.seq += 1;
    m_inner.writeCommitState(VaultStateSeal::seal(state, m_keys->commitKey()));
}

void CommitGuard::checkBuckets(const QSet<int>& buckets, CommitKind kind)
{
    // Buckets this transaction changed were checked when first touched; their stored nodes
    // are updated when it commits.
    QSet<int> unchanged;
    for (const int bucket : buckets) {
        if (!m_pending.oldBuckets.contains(bucket)) {
            unchanged.insert(bucket);
        }
    }
    if (unchanged.isEmpty()) {
        return;
    }
    int bad = -1;
    // Within a transaction, paths already checked are not read again (an import checks
    // every bucket once, not once per record).
    if (!m_tree.verify(unchanged, currentState().root, &bad,
                       m_inTransaction ? &m_pending.checkedNodes : nullptr)) {
        throw VaultError(ErrorCode::Integrity,
                         QCoreApplication::translate("CommitGuard",
                                                     "%1: the commitment does not agree with its "
                                                     "root near bucket %2 (rows of %3 or of the "
                                                     "commitment replayed, added or removed)")
                             .arg(m_inner.location())
                             .arg(bad)
                             .arg(tableOf(kind)));
    }
}

void CommitGuard::checkOne(CommitKind kind, const QByteArray& key, const std::optional<Row>& row)
{
    const std::optional<QByteArray> leaf = m_inner.commitLeaf(kind, key);
    if (row && !leaf) {
        fail(kind, row->id, notInVault());
    }
    if (!row && leaf) {
        fail(kind, key, missing());
    }
    if (row && !same(row->digest, *leaf)) {
        fail(kind, row->id, notCommitted());
    }
    checkBuckets({CommitTree::bucketOf(kind, key)}, kind);
}

void CommitGuard::checkRange(CommitKind kind, const QByteArray& from, const QByteArray& to,
                             const std::vector<Row>& rows)
{
    QHash<QByteArray, QByteArray> leaves;
    QSet<int> buckets{CommitTree::bucketOf(kind, from)};
    for (const CommitLeaf& leaf : m_inner.commitLeavesBetween(kind, from, to)) {
        leaves.insert(leaf.key, leaf.digest);
        buckets.insert(CommitTree::bucketOf(kind, leaf.key));
    }
    for (const Row& row : rows) {
        const auto leaf = leaves.constFind(row.key);
        if (leaf == leaves.constEnd()) {
            fail(kind, row.id, notInVault());
        }
        if (!same(*leaf, row.digest)) {
            fail(kind, row.id, notCommitted());
        }
        leaves.remove(row.key);
    }
    if (!leaves.isEmpty()) {
        fail(kind, leaves.constBegin().key(), missing());
    }
    checkBuckets(buckets, kind);
}

CommitGuard::Comparison CommitGuard::compare(CommitKind kind, const std::vector<Row>& rows,
                                             const std::vector<CommitLeaf>& committed)
{
    LeafIndex leaves(committed);
    Comparison result;
    result.rows.reserve(rows.size());
    for (const Row& row : rows) {
        const CommitLeaf* leaf = leaves.take(row.key);
        if (!leaf) {
            result.rows.push_back(Comparison::Status::NotInVault);
            continue;
        }
        result.rows.push_back(same(leaf->digest, row.digest) ? Comparison::Status::Committed
                                                             : Comparison::Status::NotCommitted);
    }
    if (const CommitLeaf* missing = leaves.firstNotTaken()) {
        result.missingKey = missing->key;
    }
    // The kind's subtree from its own leaves: what a table read whole costs, whatever the
    // size of the others.
    result.kindHash = CommitTree::kindHashOf(kind, committed);
    return result;
}

void CommitGuard::checkAll(CommitKind kind, const std::vector<Row>& rows,
                           QHash<int, QString>* damaged, const Comparison* compared)
{
    std::vector<CommitLeaf> committed;
    Comparison comparedHere;
    const bool readHere = !compared || compared->rows.size() != rows.size();
    if (readHere) {
        committed = m_inner.commitLeavesOfKind(kind);
        comparedHere = compare(kind, rows, committed);
        compared = &comparedHere;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Comparison::Status status = compared->rows[i];
        if (status == Comparison::Status::Committed) {
            continue;
        }
        const QString why =
            status == Comparison::Status::NotCommitted ? notCommitted() : notInVault();
        if (!damaged) {
            fail(kind, rows[i].id, why);
        }
        damaged->insert(static_cast<int>(i), why);
    }
    if (compared->missingKey) {
        fail(kind, *compared->missingKey, missing());
    }
    // Buckets this transaction changed and has not committed are not in the stored leaves'
    // hash: then it is computed again with them.
    const QByteArray& root = currentState().root;
    bool agrees = false;
    if (m_pending.oldBuckets.isEmpty()) {
        agrees = m_tree.verifyKindHash(kind, compared->kindHash, root);
    } else {
        if (!readHere) { // a prefetch keeps no leaves; this transaction has written since
            committed = m_inner.commitLeavesOfKind(kind);
        }
        agrees = m_tree.verifyKind(kind, committed, root, m_pending.oldBuckets);
    }
    if (!agrees) {
        throw VaultError(ErrorCode::Integrity,
                         QCoreApplication::translate("CommitGuard",
                                                     "%1: the commitment of table %2 does not "
                                                     "agree with its root (rows of the "
                                                     "commitment replayed, added or removed)")
                             .arg(m_inner.location(), tableOf(kind)));
    }
}

} // namespace scopevault
