#include "secrets/SecretService.h"
#include "store/StoreAccess.h"
#include "store/VaultStore.h"
#include "vault/VaultError.h"

#include <algorithm>
#include <thread>

// Listing every secret: SecretService's methods that read the whole table.
namespace scopevault {

void SecretService::prepareListing()
{
    m_store.repository().prefetch(true);
}

std::vector<SecretInfo> SecretService::listSecrets(const std::optional<Scope>& scope,
                                                   QStringList* damaged)
{
    std::vector<SecretInfo> result = listSecretsUnordered(damaged);
    if (scope) {
        result.erase(std::remove_if(result.begin(), result.end(),
                                    [&](const SecretInfo& info) {
                                        return !info.ref.scope().isWithin(*scope);
                                    }),
                     result.end());
    }
    // Sort on precomputed keys: building the reference text inside the comparator would
    // allocate twice per comparison.
    std::vector<std::pair<QString, std::size_t>> order;
    order.reserve(result.size());
    for (std::size_t i = 0; i < result.size(); ++i) {
        order.emplace_back(result[i].ref.toString(), i);
    }
    std::sort(order.begin(), order.end());
    std::vector<SecretInfo> sorted;
    sorted.reserve(result.size());
    for (const auto& entry : order) {
        sorted.push_back(std::move(result[entry.second]));
    }
    return sorted;
}

std::vector<SecretInfo> SecretService::listSecretsUnordered(QStringList* damaged)
{
    m_store.requireUnlocked();
    const std::vector<SecretRecord> records = m_store.repository().secretsWithoutValues();
    // Opening 100,000 sealed records is most of the time of a listing; each is independent
    // (AEAD open, decode, tag check touch only const state), so the work is split across
    // the cores. Errors are kept per record and handled below, in order, on this thread.
    std::vector<std::optional<SecretInfo>> opened(records.size());
    std::vector<std::optional<VaultError>> failures(records.size());
    const auto openRange = [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            try {
                opened[i] = openMetadata(records[i], nullptr);
            } catch (const VaultError& error) {
                failures[i] = error;
            }
        }
    };
    const std::size_t workers =
        records.size() < 4096 ? 1
                              : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
    std::vector<std::thread> threads;
    const std::size_t chunk = (records.size() + workers - 1) / workers;
    for (std::size_t w = 1; w < workers; ++w) {
        threads.emplace_back(openRange, std::min(records.size(), w * chunk),
                             std::min(records.size(), (w + 1) * chunk));
    }
    openRange(0, std::min(records.size(), chunk));
    for (std::thread& thread : threads) {
        thread.join();
    }
    std::vector<SecretInfo> result;
    result.reserve(records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (failures[i]) {
            if (failures[i]->code() != ErrorCode::Integrity || !damaged) {
                throw *failures[i];
            }
            damaged->append(failures[i]->message());
            continue;
        }
        result.push_back(std::move(*opened[i]));
    }
    return result;
}

} // namespace scopevault
