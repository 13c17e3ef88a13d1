#include "scan/VaultValueMatcher.h"

#include "SecureBuffer.h"
#include "secrets/SecretService.h"

namespace scopevault {

VaultValueMatcher::VaultValueMatcher(SecretService& secrets)
{
    SecureBuffer arena;
    std::vector<std::pair<std::size_t, std::size_t>> spans; // offset, length in the arena
    secrets.visitValues([&](const SecretRef& ref, std::string_view value) {
        if (value.size() < MinimumLength) {
            ++m_tooShort;
            return;
        }
        spans.emplace_back(arena.size(), value.size());
        arena.append(reinterpret_cast<const unsigned char*>(value.data()), value.size());
        m_refs.push_back(ref);
    });
    if (spans.empty()) {
        return;
    }
    std::vector<std::string_view> literals;
    const auto* base = reinterpret_cast<const char*>(arena.data());
    for (const auto& [offset, length] : spans) {
        literals.emplace_back(base + offset, length);
    }
    m_database = PatternDatabase::literals(literals);
}

std::vector<VaultValueMatcher::Match> VaultValueMatcher::scan(std::string_view data) const
{
    std::vector<Match> matches;
    if (!m_database) {
        return matches;
    }
    for (const PatternDatabase::Match& match : m_database->scan(data)) {
        matches.push_back({m_refs.at(match.id), match.from, match.to});
    }
    return matches;
}

} // namespace scopevault
