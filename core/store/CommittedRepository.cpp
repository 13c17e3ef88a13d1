#include "store/CommittedRepository.h"

#include "store/RecordDigest.h"
#include "vault/VaultError.h"

#include <QCoreApplication>

namespace scopevault {

CommittedRepository::CommittedRepository(VaultRepository& inner)
    : m_inner(inner)
    , m_guard(inner)
{}

void CommittedRepository::attach(const VaultKeys& keys, const VaultHeader& header)
{
    m_depth = 0;
    m_guard.attach(keys, header);
}

void CommittedRepository::initialize(const VaultKeys& keys, const VaultHeader& header,
                                     qint64 auditKeyedFrom)
{
    m_prefetch.forget(); // every row may have been rewritten (an upgrade, a key rotation)
    m_guard.initialize(keys, header, auditKeyedFrom);
}

void CommittedRepository::detach()
{
    m_depth = 0;
    if (committing()) {
        // Locking an unlocked vault; the lock() that starts every unlock keeps a prefetch.
        m_prefetch.forget();
    }
    m_guard.detach();
}

void CommittedRepository::prefetch(bool secrets)
{
    m_prefetch.fill(m_inner, secrets);
}

void CommittedRepository::inTransaction(const std::function<void()>& work)
{
    if (m_depth > 0) {
        work();
    } else {
        transact(work);
    }
}

void CommittedRepository::transact(const std::function<void()>& work)
{
    if (!committing()) {
        m_inner.transact(work);
        return;
    }
    if (m_depth > 0) {
        work();
        return;
    }
    m_inner.transact([&] {
        m_depth = 1;
        m_guard.begin();
        try {
            work();
            m_guard.flush();
        } catch (...) {
            m_depth = 0;
            m_guard.abort();
            throw;
        }
        m_depth = 0;
        m_guard.abort();
    });
}

// --- header and audit ----------------------------------------------------------------------

void CommittedRepository::writeHeader(const VaultHeader& header)
{
    inTransaction([&] {
        m_inner.writeHeader(header);
        if (committing()) {
            m_guard.headerWritten(header);
        }
    });
}

std::optional<AuditRecord> CommittedRepository::lastAuditRecord()
{
    return m_inner.lastAuditRecord();
}

std::optional<AuditRecord> CommittedRepository::auditRecord(qint64 seq)
{
    return m_inner.auditRecord(seq);
}

qint64 CommittedRepository::sealedAuditCountAfter(qint64 seq)
{
    return m_inner.sealedAuditCountAfter(seq);
}

void CommittedRepository::appendAudit(const AuditRecord& record)
{
    if (!committing() || !record.sealed) {
        m_inner.appendAudit(record);
        return;
    }
    inTransaction([&] {
        m_guard.beforeAudit();
        m_inner.appendAudit(record);
        m_guard.auditAppended(record);
    });
}

void CommittedRepository::scanAudit(const std::function<void(const AuditRecord&)>& visit)
{
    m_inner.scanAudit(visit);
}

void CommittedRepository::scanAuditRows(const std::function<void(const AuditRow&)>& visit)
{
    m_inner.scanAuditRows(visit);
}

std::vector<AuditCount> CommittedRepository::countAudit(const AuditQuery& query, qint64 widthMs,
                                                        qint64 offsetMs)
{
    return m_inner.countAudit(query, widthMs, offsetMs);
}

std::vector<AuditRecord> CommittedRepository::queryAudit(const AuditQuery& query)
{
    return m_inner.queryAudit(query);
}

void CommittedRepository::appendCheckpoint(const AuditCheckpoint& checkpoint)
{
    if (!committing()) {
        m_inner.appendCheckpoint(checkpoint);
        return;
    }
    inTransaction([&] {
        m_guard.beforeCheckpoint();
        m_inner.appendCheckpoint(checkpoint);
        m_guard.checkpointAdded();
    });
}

std::vector<AuditCheckpoint> CommittedRepository::auditCheckpoints()
{
    return m_inner.auditCheckpoints();
}

std::optional<AuditCheckpoint> CommittedRepository::latestAuditCheckpoint()
{
    return m_inner.latestAuditCheckpoint();
}

qint64 CommittedRepository::auditCheckpointCount()
{
    return m_inner.auditCheckpointCount();
}

// --- the commitment's storage forwards ------------------------------------------------------

std::optional<QByteArray> CommittedRepository::commitLeaf(CommitKind kind, const QByteArray& key)
{
    return m_inner.commitLeaf(kind, key);
}

std::vector<CommitLeaf> CommittedRepository::commitLeavesBetween(CommitKind kind,
                                                                 const QByteArray& from,
                                                                 const QByteArray& to)
{
    return m_inner.commitLeavesBetween(kind, from, to);
}

std::vector<CommitLeaf> CommittedRepository::commitLeavesOfKind(CommitKind kind)
{
    return m_inner.commitLeavesOfKind(kind);
}

void CommittedRepository::scanCommitLeaves(const std::function<void(const CommitLeaf&)>& visit)
{
    m_inner.scanCommitLeaves(visit);
}

void CommittedRepository::putCommitLeaf(const CommitLeaf& leaf)
{
    m_inner.putCommitLeaf(leaf);
}

void CommittedRepository::removeCommitLeaf(CommitKind kind, const QByteArray& key)
{
    m_inner.removeCommitLeaf(kind, key);
}

std::vector<QByteArray> CommittedRepository::commitNodes(int level, int first, int count)
{
    return m_inner.commitNodes(level, first, count);
}

void CommittedRepository::putCommitNode(int level, int index, const QByteArray& hash)
{
    m_inner.putCommitNode(level, index, hash);
}

// --- records -------------------------------------------------------------------------------

std::optional<SecretRecord> CommittedRepository::findSecret(const QByteArray& refTag)
{
    if (!committing()) {
        return m_inner.findSecret(refTag);
    }
    std::optional<SecretRecord> record;
    inTransaction([&] {
        record = m_inner.findSecret(refTag);
        m_guard.checkOne(CommitKind::Secret, refTag,
                         record ? std::optional<CommitGuard::Row>(CommitGuard::Row{
                                      refTag, RecordDigest::of(*record), record->id})
                                : std::nullopt);
    });
    return record;
}

std::vector<SecretRecord> CommittedRepository::secrets()
{
    return committing() ? checkedSecrets(true) : m_inner.secrets();
}

std::vector<SecretRecord> CommittedRepository::secretsWithoutValues()
{
    return committing() ? checkedSecrets(false) : m_inner.secretsWithoutValues();
}

std::vector<SecretRecord> CommittedRepository::checkedSecrets(bool withValues)
{
    std::vector<SecretRecord> records;
    inTransaction([&] {
        std::optional<ListingPrefetch::Table<SecretRecord>> read;
        if (!withValues) {
            read = m_prefetch.takeSecrets(m_inner.changesByOthers());
        }
        std::vector<CommitGuard::Row> rows;
        if (read) {
            records = std::move(read->records);
            rows = std::move(read->rows);
        } else {
            // Checking a row needs all of it: the values are read, digested, and dropped
            // unless asked for.
            records = m_inner.secrets();
            rows.reserve(records.size());
            for (SecretRecord& record : records) {
                rows.push_back({record.refTag, RecordDigest::of(record), record.id});
                if (!withValues) {
                    record.value = QByteArray();
                }
            }
        }
        QHash<int, QString> damaged;
        m_guard.checkAll(CommitKind::Secret, rows, &damaged, read ? &read->comparison : nullptr);
        for (SecretRecord& record : records) {
            record.committed = true;
        }
        for (auto it = damaged.begin(); it != damaged.end(); ++it) {
            records[static_cast<std::size_t>(it.key())].damage = *it;
            records[static_cast<std::size_t>(it.key())].committed = false;
        }
    });
    return records;
}

QSet<QByteArray> CommittedRepository::secretTags()
{
    QSet<QByteArray> tags = m_inner.secretTags();
    if (!committing()) {
        return tags;
    }
    QSet<QByteArray> committed;
    for (const CommitLeaf& leaf : m_inner.commitLeavesOfKind(CommitKind::Secret)) {
        committed.insert(leaf.key);
    }
    for (const QByteArray& tag : tags) {
        if (!committed.contains(tag)) {
            m_guard.fail(CommitKind::Secret, tag, CommitGuard::notInVaultReason());
        }
    }
    for (const QByteArray& tag : committed) {
        if (!tags.contains(tag)) {
            m_guard.fail(CommitKind::Secret, tag, CommitGuard::missingReason());
        }
    }
    return tags;
}

void CommittedRepository::insertSecret(const SecretRecord& record)
{
    m_prefetch.forgetSecrets();
    if (!committing()) {
        throw VaultError(ErrorCode::Denied,
                         QCoreApplication::translate("CommittedRepository", "the vault is locked"));
    }
    inTransaction([&] {
        m_guard.touch(CommitKind::Secret, record.refTag);
        m_inner.insertSecret(record);
        m_guard.putLeaf(CommitKind::Secret, record.refTag, RecordDigest::of(record));
    });
}

void CommittedRepository::updateSecret(const SecretRecord& record)
{
    m_prefetch.forgetSecrets();
    if (!committing()) {
        throw VaultError(ErrorCode::Denied,
                         QCoreApplication::translate("CommittedRepository", "the vault is locked"));
    }
    inTransaction([&] {
        m_guard.touch(CommitKind::Secret, record.refTag);
        m_inner.updateSecret(record);
        m_guard.putLeaf(CommitKind::Secret, record.refTag, RecordDigest::of(record));
    });
}

void CommittedRepository::removeSecret(const SecretRecord& record)
{
    m_prefetch.forgetSecrets();
    if (!committing()) {
        throw VaultError(ErrorCode::Denied,
                         QCoreApplication::translate("CommittedRepository", "the vault is locked"));
    }
    inTransaction([&] {
        m_inner.removeSecret(record);
        m_guard.dropLeaf(CommitKind::Secret, record.refTag);
    });
}

std::vector<ObjectRecord> CommittedRepository::objects()
{
    std::vector<ObjectRecord> records;
    const auto read = [&] {
        std::optional<ListingPrefetch::Table<ObjectRecord>> prefetched =
            committing() ? m_prefetch.takeObjects(m_inner.changesByOthers()) : std::nullopt;
        if (prefetched) {
            records = std::move(prefetched->records);
            m_guard.checkAll(CommitKind::Object, prefetched->rows, nullptr,
                             &prefetched->comparison);
            return;
        }
        records = m_inner.objects();
        if (!committing()) {
            return;
        }
        std::vector<CommitGuard::Row> rows;
        for (const ObjectRecord& record : records) {
            rows.push_back({record.tag, RecordDigest::of(record), record.id});
        }
        m_guard.checkAll(CommitKind::Object, rows);
    };
    committing() ? inTransaction(read) : read();
    return records;
}

std::optional<ObjectRecord> CommittedRepository::findObject(const QByteArray& tag)
{
    std::optional<ObjectRecord> record;
    const auto read = [&] {
        record = m_inner.findObject(tag);
        if (committing()) {
            m_guard.checkOne(CommitKind::Object, tag,
                             record ? std::optional<CommitGuard::Row>(CommitGuard::Row{
                                          tag, RecordDigest::of(*record), record->id})
                                    : std::nullopt);
        }
    };
    committing() ? inTransaction(read) : read();
    return record;
}

void CommittedRepository::insertObject(const ObjectRecord& record)
{
    m_prefetch.forgetObjects();
    inTransaction([&] {
        m_inner.insertObject(record);
        if (committing()) {
            m_guard.putLeaf(CommitKind::Object, record.tag, RecordDigest::of(record));
        }
    });
}

void CommittedRepository::updateObject(const ObjectRecord& record)
{
    m_prefetch.forgetObjects();
    inTransaction([&] {
        m_inner.updateObject(record);
        if (committing()) {
            m_guard.putLeaf(CommitKind::Object, record.tag, RecordDigest::of(record));
        }
    });
}

void CommittedRepository::removeObject(const ObjectRecord& record)
{
    m_prefetch.forgetObjects();
    inTransaction([&] {
        m_inner.removeObject(record);
        if (committing()) {
            m_guard.dropLeaf(CommitKind::Object, record.tag);
        }
    });
}

void CommittedRepository::insertBundle(const BundleRecord& record)
{
    inTransaction([&] {
        m_inner.insertBundle(record);
        if (committing()) {
            m_guard.putLeaf(CommitKind::Bundle, record.id, RecordDigest::of(record));
        }
    });
}

std::optional<BundleRecord> CommittedRepository::findBundle(const QByteArray& id)
{
    std::optional<BundleRecord> record;
    const auto read = [&] {
        record = m_inner.findBundle(id);
        if (committing()) {
            m_guard.checkOne(CommitKind::Bundle, id,
                             record ? std::optional<CommitGuard::Row>(
                                          CommitGuard::Row{id, RecordDigest::of(*record), id})
                                    : std::nullopt);
        }
    };
    committing() ? inTransaction(read) : read();
    return record;
}

std::vector<BundleRecord> CommittedRepository::bundles()
{
    std::vector<BundleRecord> records;
    const auto read = [&] {
        records = m_inner.bundles();
        if (!committing()) {
            return;
        }
        std::vector<CommitGuard::Row> rows;
        for (const BundleRecord& record : records) {
            rows.push_back({record.id, RecordDigest::of(record), record.id});
        }
        m_guard.checkAll(CommitKind::Bundle, rows);
    };
    committing() ? inTransaction(read) : read();
    return records;
}

bool CommittedRepository::hasReceipt(const QByteArray& tag)
{
    bool found = false;
    const auto read = [&] {
        found = m_inner.hasReceipt(tag);
        if (!committing()) {
            return;
        }
        const bool committed = m_inner.commitLeaf(CommitKind::Receipt, tag).has_value();
        if (found != committed) {
            m_guard.fail(CommitKind::Receipt, tag,
                         found ? CommitGuard::notInVaultReason() : CommitGuard::missingReason());
        }
        m_guard.checkBuckets({CommitTree::bucketOf(CommitKind::Receipt, tag)}, CommitKind::Receipt);
    };
    committing() ? inTransaction(read) : read();
    return found;
}

void CommittedRepository::insertReceipt(const QByteArray& tag, qint64 importedMs)
{
    inTransaction([&] {
        m_inner.insertReceipt(tag, importedMs);
        if (committing()) {
            m_guard.putLeaf(CommitKind::Receipt, tag, RecordDigest::ofReceipt(tag, importedMs));
        }
    });
}

std::vector<std::pair<QByteArray, qint64>> CommittedRepository::receipts()
{
    std::vector<std::pair<QByteArray, qint64>> result;
    const auto read = [&] {
        result = m_inner.receipts();
        if (!committing()) {
            return;
        }
        std::vector<CommitGuard::Row> rows;
        for (const auto& [tag, importedMs] : result) {
            rows.push_back({tag, RecordDigest::ofReceipt(tag, importedMs), tag});
        }
        m_guard.checkAll(CommitKind::Receipt, rows);
    };
    committing() ? inTransaction(read) : read();
    return result;
}

qint64 CommittedRepository::committedAuditHead()
{
    qint64 head = 0;
    inTransaction([&] { head = m_guard.committedAuditHead(); });
    return head;
}

std::pair<quint64, QByteArray> CommittedRepository::committedState()
{
    std::pair<quint64, QByteArray> state;
    inTransaction([&] { state = m_guard.committedState(); });
    return state;
}

QStringList CommittedRepository::verifyAll()
{
    QStringList problems;
    const auto check = [&](const std::function<void()>& part) {
        try {
            part();
        } catch (const VaultError& error) {
            problems << error.message();
        }
    };
    inTransaction([&] {
        check([&] {
            for (const SecretRecord& record : secrets()) {
                if (!record.damage.isEmpty()) {
                    problems << QCoreApplication::translate("CommittedRepository",
                                                            "%1: record %2 of table %3 %4")
                                    .arg(m_inner.location(), QString::fromLatin1(record.id.toHex()),
                                         CommitGuard::tableName(CommitKind::Secret), record.damage);
                }
            }
        });
        check([&] { (void)objects(); });
        check([&] { (void)bundles(); });
        check([&] { (void)receipts(); });
        check([&] {
            scanSecretVersions([&](const VersionRecord& record) {
                if (!record.damage.isEmpty()) {
                    problems << QCoreApplication::translate("CommittedRepository",
                                                            "%1: record %2 of table %3 %4")
                                    .arg(m_inner.location(),
                                         QString::fromLatin1(record.commitKey().toHex()),
                                         CommitGuard::tableName(CommitKind::Version),
                                         record.damage);
                }
            });
        });
        problems << m_guard.verifyTree();
    });
    return problems;
}

void CommittedRepository::updateBundle(const BundleRecord& record)
{
    inTransaction([&] {
        m_inner.updateBundle(record);
        if (committing()) {
            m_guard.putLeaf(CommitKind::Bundle, record.id, RecordDigest::of(record));
        }
    });
}

void CommittedRepository::updateAudit(const AuditRecord& record)
{
    if (committing()) {
        // Rewriting history is what the commitment forbids; only a key rotation does it,
        // through storage() while no commitment is kept.
        throw VaultError(
            ErrorCode::Denied,
            QCoreApplication::translate("CommittedRepository", "audit events cannot be rewritten"));
    }
    m_inner.updateAudit(record);
}

std::vector<AuditRecord> CommittedRepository::auditRange(qint64 fromSeq, int count)
{
    return m_inner.auditRange(fromSeq, count);
}

void CommittedRepository::clearCommitment()
{
    if (committing()) {
        throw VaultError(ErrorCode::Denied,
                         QCoreApplication::translate("CommittedRepository",
                                                     "the commitment cannot be cleared while it "
                                                     "is kept"));
    }
    m_inner.clearCommitment();
}

} // namespace scopevault
