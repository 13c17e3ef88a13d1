#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct hs_database;
struct hs_scratch;

namespace scopevault {

/// A compiled Hyperscan database (block mode, leftmost start of match) and its scratch space.
/// Every allocation Hyperscan makes for a database or scratch comes from sodium_malloc
/// (guarded, locked, wiped when freed), because a literal database holds vault values.
class PatternDatabase final
{
public:
    struct Match
    {
        unsigned id;
        std::size_t from;
        std::size_t to; // the longest match from `from`
    };

    /// Regular expressions, ids = their index. Throws VaultError(Other) naming the pattern
    /// Hyperscan refuses, or when this CPU cannot run Hyperscan (it needs SSSE3).
    [[nodiscard]] static PatternDatabase regexes(const std::vector<std::string>& patterns,
                                                 const std::vector<bool>& caseless);
    /// Exact byte strings, ids = their index.
    [[nodiscard]] static PatternDatabase literals(const std::vector<std::string_view>& literals);

    PatternDatabase(PatternDatabase&&) noexcept;
    PatternDatabase& operator=(PatternDatabase&&) noexcept;
    ~PatternDatabase();

    /// Every match in `data`: for each pattern and start, the longest one.
    [[nodiscard]] std::vector<Match> scan(std::string_view data) const;

private:
    PatternDatabase(hs_database* database);

    struct Deleter
    {
        void operator()(hs_database* database) const;
        void operator()(hs_scratch* scratch) const;
    };
    std::unique_ptr<hs_database, Deleter> m_database;
    std::unique_ptr<hs_scratch, Deleter> m_scratch;
};

} // namespace scopevault
