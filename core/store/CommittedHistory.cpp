// CommittedRepository's part for the secrets' history (secret_versions): kept apart from
// CommittedRepository.cpp so that each file stays short; the class is declared there.
#include "store/CommittedRepository.h"

#include "store/RecordDigest.h"
#include "vault/VaultError.h"

#include <QCoreApplication>

namespace scopevault {

namespace {

// Every key of one secret's versions starts with its 16-byte id and is 24 bytes long.
QByteArray endOfSecret(const QByteArray& secretId)
{
    return secretId + QByteArray(9, '\xff');
}

} // namespace

std::vector<VersionRecord> CommittedRepository::secretVersions(const QByteArray& secretId)
{
    std::vector<VersionRecord> records;
    const auto read = [&] {
        records = m_inner.secretVersions(secretId);
        if (!committing()) {
            return;
        }
        std::vector<CommitGuard::Row> rows;
        rows.reserve(records.size());
        for (const VersionRecord& record : records) {
            rows.push_back({record.commitKey(), RecordDigest::of(record), record.commitKey()});
        }
        m_guard.checkRange(CommitKind::Version, secretId, endOfSecret(secretId), rows);
    };
    committing() ? inTransaction(read) : read();
    return records;
}

void CommittedRepository::scanSecretVersions(const std::function<void(const VersionRecord&)>& visit)
{
    if (!committing()) {
        m_inner.scanSecretVersions(visit);
        return;
    }
    std::vector<VersionRecord> records;
    inTransaction([&] {
        m_inner.scanSecretVersions(
            [&records](const VersionRecord& record) { records.push_back(record); });
        std::vector<CommitGuard::Row> rows;
        rows.reserve(records.size());
        for (const VersionRecord& record : records) {
            rows.push_back({record.commitKey(), RecordDigest::of(record), record.commitKey()});
        }
        QHash<int, QString> damaged;
        m_guard.checkAll(CommitKind::Version, rows, &damaged);
        for (auto it = damaged.begin(); it != damaged.end(); ++it) {
            records[static_cast<std::size_t>(it.key())].damage = *it;
        }
    });
    for (const VersionRecord& record : records) {
        visit(record);
    }
}

void CommittedRepository::putSecretVersion(const VersionRecord& record)
{
    if (!committing()) {
        throw VaultError(ErrorCode::Denied,
                         QCoreApplication::translate("CommittedRepository", "the vault is locked"));
    }
    inTransaction([&] {
        m_guard.touch(CommitKind::Version, record.commitKey());
        m_inner.putSecretVersion(record);
        m_guard.putLeaf(CommitKind::Version, record.commitKey(), RecordDigest::of(record));
    });
}

void CommittedRepository::removeSecretVersion(const VersionRecord& record)
{
    if (!committing()) {
        throw VaultError(ErrorCode::Denied,
                         QCoreApplication::translate("CommittedRepository", "the vault is locked"));
    }
    inTransaction([&] {
        m_guard.touch(CommitKind::Version, record.commitKey());
        m_inner.removeSecretVersion(record);
        m_guard.dropLeaf(CommitKind::Version, record.commitKey());
    });
}

} // namespace scopevault
