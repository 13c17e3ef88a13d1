#include "store/ListingPrefetch.h"

#include "ports/VaultRepository.h"
#include "store/RecordDigest.h"
#include "vault/VaultError.h"

namespace scopevault {

namespace {

// A listing needs no values: each is dropped once digested (a 100,000-secret prefetch is
// held while Argon2id holds its memory, so it adds to the peak).
void dropValue(SecretRecord& record)
{
    record.value = QByteArray();
}

void dropValue(ObjectRecord&) {}

// The key each table's leaves are found by.
const QByteArray& keyOf(const SecretRecord& record)
{
    return record.refTag;
}

const QByteArray& keyOf(const ObjectRecord& record)
{
    return record.tag;
}

template <typename Record>
ListingPrefetch::Table<Record> tableOf(CommitKind kind, std::vector<Record> records,
                                       std::vector<CommitLeaf> leaves)
{
    ListingPrefetch::Table<Record> table;
    table.records = std::move(records);
    table.rows.reserve(table.records.size());
    for (Record& record : table.records) {
        // Checking a row against its leaf needs all of it (a secret's sealed value too).
        table.rows.push_back({keyOf(record), RecordDigest::of(record), record.id});
        dropValue(record);
    }
    table.comparison = CommitGuard::compare(kind, table.rows, leaves);
    // Freed here, during the KDF: destroying 100,000 leaves and digests after it cost the
    // listing ~45 M instructions (callgrind of `rotation list`).
    for (CommitGuard::Row& row : table.rows) {
        row.key = QByteArray();
        row.digest = QByteArray();
    }
    leaves = {};
    return table;
}

template <typename T> std::optional<T> takeIf(std::optional<T>& held, bool current)
{
    std::optional<T> taken;
    if (held && current) {
        taken = std::move(held);
    }
    held.reset();
    return taken;
}

} // namespace

void ListingPrefetch::fill(VaultRepository& storage, bool secrets)
{
    forget();
    std::optional<Table<SecretRecord>> secretTable;
    std::optional<Table<ObjectRecord>> objectTable;
    quint64 stamp = 0;
    try {
        storage.transact([&] {
            objectTable = tableOf(CommitKind::Object, storage.objects(),
                                  storage.commitLeavesOfKind(CommitKind::Object));
            if (secrets) {
                secretTable = tableOf(CommitKind::Secret, storage.secrets(),
                                      storage.commitLeavesOfKind(CommitKind::Secret));
            }
            stamp = storage.changesByOthers();
        });
    } catch (const VaultError&) {
        return; // the read after the unlock reads again and reports what is wrong
    }
    m_secrets = std::move(secretTable);
    m_objects = std::move(objectTable);
    m_changesByOthers = stamp;
}

std::optional<ListingPrefetch::Table<SecretRecord>>
ListingPrefetch::takeSecrets(quint64 changesByOthers)
{
    return takeIf(m_secrets, changesByOthers == m_changesByOthers);
}

std::optional<ListingPrefetch::Table<ObjectRecord>>
ListingPrefetch::takeObjects(quint64 changesByOthers)
{
    return takeIf(m_objects, changesByOthers == m_changesByOthers);
}

} // namespace scopevault
