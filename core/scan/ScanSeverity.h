#pragma once

#include <QString>

#include <optional>

namespace scopevault {

/// How bad a scanner finding is, in order: low (possible), medium (a generic high-entropy value
/// under a credential-like name), high (a provider's credential format), critical (this
/// vault's own value, or a private key).
enum class ScanSeverity
{
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
};

class ScanSeverities final
{
public:
    [[nodiscard]] static QString name(ScanSeverity severity);
    /// "low", "medium", "high" or "critical"; nullopt for anything else.
    [[nodiscard]] static std::optional<ScanSeverity> parse(const QString& text);
};

} // namespace scopevault
