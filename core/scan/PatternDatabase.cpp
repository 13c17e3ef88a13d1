#include "scan/PatternDatabase.h"

#include "vault/VaultError.h"

#include <QCoreApplication>

#include <hs/hs.h>
#include <sodium.h>

#include <map>
#include <utility>

namespace scopevault {

namespace {

// sodium_malloc puts the end of a block against a guard page; a size rounded up to 64 keeps
// the start aligned as Hyperscan requires (8 bytes for databases, 64 for scratch).
void* guardedAlloc(std::size_t size)
{
    return sodium_malloc((size + 63) & ~std::size_t(63));
}

void guardedFree(void* pointer)
{
    sodium_free(pointer);
}

void prepare()
{
    static const bool ready = [] {
        if (hs_valid_platform() != HS_SUCCESS) {
            return false;
        }
        hs_set_allocator(guardedAlloc, guardedFree);
        return true;
    }();
    if (!ready) {
        throw VaultError(
            ErrorCode::Other,
            QCoreApplication::translate("PatternDatabase",
                                        "this processor cannot run the scanner's pattern matcher "
                                        "(Hyperscan needs SSSE3)"));
    }
}

struct Collected
{
    // (id, from) -> longest end
    std::map<std::pair<unsigned, unsigned long long>, unsigned long long> longest;
};

int onMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int,
            void* context)
{
    auto& collected = *static_cast<Collected*>(context);
    auto& end = collected.longest[{id, from}];
    end = std::max(end, to);
    return 0;
}

} // namespace

void PatternDatabase::Deleter::operator()(hs_database* database) const
{
    hs_free_database(database);
}

void PatternDatabase::Deleter::operator()(hs_scratch* scratch) const
{
    hs_free_scratch(scratch);
}

PatternDatabase::PatternDatabase(hs_database* database)
    : m_database(database)
{
    hs_scratch* scratch = nullptr;
    if (hs_alloc_scratch(database, &scratch) != HS_SUCCESS) {
        throw VaultError(ErrorCode::Other,
                         QCoreApplication::translate("PatternDatabase",
                                                     "out of memory for the pattern matcher"));
    }
    m_scratch.reset(scratch);
}

PatternDatabase::PatternDatabase(PatternDatabase&&) noexcept = default;
PatternDatabase& PatternDatabase::operator=(PatternDatabase&&) noexcept = default;
PatternDatabase::~PatternDatabase() = default;

PatternDatabase PatternDatabase::regexes(const std::vector<std::string>& patterns,
                                         const std::vector<bool>& caseless)
{
    prepare();
    std::vector<const char*> expressions;
    std::vector<unsigned> flags;
    std::vector<unsigned> ids;
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        expressions.push_back(patterns[i].c_str());
        flags.push_back(HS_FLAG_SOM_LEFTMOST | (caseless[i] ? HS_FLAG_CASELESS : 0u));
        ids.push_back(unsigned(i));
    }
    hs_database_t* database = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_compile_multi(expressions.data(), flags.data(), ids.data(), unsigned(patterns.size()),
                         HS_MODE_BLOCK, nullptr, &database, &error) != HS_SUCCESS) {
        const QString message =
            QCoreApplication::translate("PatternDatabase", "scanner rule %1 does not compile: %2")
                .arg(error->expression)
                .arg(QString::fromLatin1(error->message));
        hs_free_compile_error(error);
        throw VaultError(ErrorCode::Other, message);
    }
    return PatternDatabase(database);
}

PatternDatabase PatternDatabase::literals(const std::vector<std::string_view>& literals)
{
    prepare();
    std::vector<const char*> expressions;
    std::vector<std::size_t> lengths;
    std::vector<unsigned> flags(literals.size(), HS_FLAG_SOM_LEFTMOST);
    std::vector<unsigned> ids;
    for (std::size_t i = 0; i < literals.size(); ++i) {
        expressions.push_back(literals[i].data());
        lengths.push_back(literals[i].size());
        ids.push_back(unsigned(i));
    }
    hs_database_t* database = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                             unsigned(literals.size()), HS_MODE_BLOCK, nullptr, &database,
                             &error) != HS_SUCCESS) {
        // The message may quote the literal: never pass it on.
        hs_free_compile_error(error);
        throw VaultError(ErrorCode::Other,
                         QCoreApplication::translate("PatternDatabase",
                                                     "the vault's values could not be prepared for "
                                                     "matching"));
    }
    return PatternDatabase(database);
}

std::vector<PatternDatabase::Match> PatternDatabase::scan(std::string_view data) const
{
    Collected collected;
    // Block mode takes at most 4 GiB at once; files are far smaller (the scanner's limit).
    if (hs_scan(m_database.get(), data.data(), unsigned(data.size()), 0, m_scratch.get(), onMatch,
                &collected) != HS_SUCCESS) {
        throw VaultError(ErrorCode::Other,
                         QCoreApplication::translate("PatternDatabase", "the scan failed"));
    }
    std::vector<Match> matches;
    matches.reserve(collected.longest.size());
    for (const auto& [key, end] : collected.longest) {
        matches.push_back({key.first, std::size_t(key.second), std::size_t(end)});
    }
    return matches;
}

} // namespace scopevault
