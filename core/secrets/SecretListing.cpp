#include "secrets/SecretService.h"

#include "AcrossCores.h"
#include "store/StoreAccess.h"
#include "store/VaultStore.h"
#include "vault/VaultError.h"

#include <QHash>

#include <algorithm>
#include <functional>
#include <thread>

// Listing every secret: SecretService's methods that read the whole table.
namespace scopevault {

void SecretService::prepareListing()
{
    m_store.repository().prefetch(true);
}

std::vector<SecretInfo> SecretService::listSecrets(const std::optional<Scope>& scope,
                                                   QStringList* damaged,
                                                   std::vector<QString>* references)
{
    // The reference texts are the sort keys; they are made on the threads that open the
    // records (one allocation each, in parallel) rather than after, on this one.
    std::vector<QString> keys;
    std::vector<SecretInfo> result = openAll(damaged, &keys);
    std::vector<std::size_t> order;
    order.reserve(result.size());
    for (std::size_t i = 0; i < result.size(); ++i) {
        if (!scope || result[i].ref.scope().isWithin(*scope)) {
            order.push_back(i);
        }
    }
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    std::vector<SecretInfo> sorted;
    sorted.reserve(order.size());
    if (references) {
        references->clear();
        references->reserve(order.size());
    }
    for (const std::size_t i : order) {
        sorted.push_back(std::move(result[i]));
        if (references) {
            references->push_back(std::move(keys[i]));
        }
    }
    return sorted;
}

std::vector<SecretInfo> SecretService::listSecretsUnordered(QStringList* damaged)
{
    return openAll(damaged, nullptr);
}

std::vector<SecretInfo> SecretService::listSecretsNamed(const std::vector<SecretRef>& refs)
{
    m_store.requireUnlocked();
    const std::vector<SecretRecord> records = m_store.repository().secretsWithoutValues();
    std::vector<QByteArray> tags(refs.size());
    acrossCores(refs.size(), [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            tags[i] = m_store.tagOf(refs[i]);
        }
    });
    QHash<QByteArray, std::size_t> wanted;
    wanted.reserve(static_cast<qsizetype>(refs.size()));
    for (std::size_t i = 0; i < refs.size(); ++i) {
        wanted.insert(tags[i], i);
    }
    std::vector<const SecretRecord*> chosen;
    std::vector<const SecretRef*> expected;
    chosen.reserve(refs.size());
    expected.reserve(refs.size());
    for (const SecretRecord& record : records) {
        const auto found = wanted.constFind(record.refTag);
        if (found != wanted.cend()) {
            chosen.push_back(&record);
            expected.push_back(&refs[*found]);
        } else if (!record.damage.isEmpty()) {
            // A row the vault did not commit to stops this as it stops a whole listing,
            // even when no name asked for it: the file was tampered with.
            chosen.push_back(&record);
            expected.push_back(nullptr);
        }
    }
    return openEach(chosen, expected, nullptr, nullptr);
}

std::vector<SecretInfo> SecretService::openAll(QStringList* damaged,
                                               std::vector<QString>* references)
{
    m_store.requireUnlocked();
    const std::vector<SecretRecord> records = m_store.repository().secretsWithoutValues();
    std::vector<const SecretRecord*> all(records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
        all[i] = &records[i];
    }
    return openEach(all, std::vector<const SecretRef*>(records.size(), nullptr), damaged,
                    references);
}

std::vector<SecretInfo> SecretService::openEach(const std::vector<const SecretRecord*>& records,
                                                const std::vector<const SecretRef*>& expected,
                                                QStringList* damaged,
                                                std::vector<QString>* references)
{
    // Opening 100,000 sealed records is most of the time of a listing; each is independent
    // (AEAD open, decode, tag check touch only const state), so the work is split across
    // the cores. Errors are kept per record and handled below, in order, on this thread.
    std::vector<std::optional<SecretInfo>> opened(records.size());
    std::vector<std::optional<VaultError>> failures(records.size());
    std::vector<QString> texts(references ? records.size() : 0);
    const auto openRange = [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            try {
                opened[i] = openMetadata(*records[i], expected[i]);
                if (references) {
                    texts[i] = opened[i]->ref.toString();
                }
            } catch (const VaultError& error) {
                failures[i] = error;
            }
        }
    };
    acrossCores(records.size(), openRange);
    std::vector<SecretInfo> result;
    result.reserve(records.size());
    if (references) {
        references->clear();
        references->reserve(records.size());
    }
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (failures[i]) {
            if (failures[i]->code() != ErrorCode::Integrity || !damaged) {
                throw *failures[i];
            }
            damaged->append(failures[i]->message());
            continue;
        }
        result.push_back(std::move(*opened[i]));
        if (references) {
            references->push_back(std::move(texts[i]));
        }
    }
    return result;
}

} // namespace scopevault
