#pragma once

#include "scan/PatternDatabase.h"
#include "secrets/SecretRef.h"

#include <optional>
#include <vector>

namespace scopevault {

class SecretService;

/// Every value of the unlocked vault, compiled into one Hyperscan literal database: finds them
/// in files exactly, whatever they look like. Values are decrypted one at a time into guarded
/// memory and gathered in one guarded buffer for the compiler, which is wiped afterwards; the
/// database itself lives in guarded memory (PatternDatabase). Values shorter than
/// MinimumLength bytes are not looked for: they would match everywhere.
class VaultValueMatcher final
{
public:
    static constexpr std::size_t MinimumLength = 8;

    explicit VaultValueMatcher(SecretService& secrets);

    struct Match
    {
        SecretRef ref;
        std::size_t from;
        std::size_t to;
    };
    [[nodiscard]] std::vector<Match> scan(std::string_view data) const;
    /// How many values are looked for (and how many were too short).
    [[nodiscard]] int valueCount() const { return int(m_refs.size()); }
    [[nodiscard]] int tooShort() const { return m_tooShort; }

private:
    std::vector<SecretRef> m_refs; // by literal id
    std::optional<PatternDatabase> m_database;
    int m_tooShort = 0;
};

} // namespace scopevault
