#pragma once

#include "ports/CommitLeaf.h"
#include "ports/ObjectRecord.h"
#include "ports/SecretRecord.h"
#include "store/CommitGuard.h"

#include <optional>
#include <vector>

namespace scopevault {

class VaultRepository;

/// The part of reading a whole table that needs no key: its rows, their digests, the
/// commitment's leaves of that table, and the rows compared with the leaves. Read while the KDF
/// runs (VaultService::unlock's `meanwhile`) and used once after the unlock, if the file did not
/// change meanwhile: the catalog (objects) on every unlock, the secrets for a listing.
class ListingPrefetch final
{
public:
    template <typename Record> struct Table
    {
        std::vector<Record> records; // secrets without their sealed values
        // One per record, same order; only the ids are kept once compared (the keys, digests
        // and the leaves are freed while the KDF still runs, not after it).
        std::vector<CommitGuard::Row> rows;
        CommitGuard::Comparison comparison; // the rows against the kind's leaves
    };

    /// Reads the objects and, when `secrets`, the secrets in one transaction of the storage's
    /// repository (no key is needed). What was read before is dropped; a failure leaves
    /// nothing, for the read after the unlock to report.
    void fill(VaultRepository& storage, bool secrets);
    /// What fill() read, if no other connection committed since (`changesByOthers`, read now
    /// in the caller's transaction) and nothing was written to that table through this
    /// connection; then forgotten.
    [[nodiscard]] std::optional<Table<SecretRecord>> takeSecrets(quint64 changesByOthers);
    [[nodiscard]] std::optional<Table<ObjectRecord>> takeObjects(quint64 changesByOthers);
    void forgetSecrets() { m_secrets.reset(); }
    void forgetObjects() { m_objects.reset(); }
    void forget()
    {
        forgetSecrets();
        forgetObjects();
    }

private:
    std::optional<Table<SecretRecord>> m_secrets;
    std::optional<Table<ObjectRecord>> m_objects;
    quint64 m_changesByOthers = 0;
};

} // namespace scopevault
