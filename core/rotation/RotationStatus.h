#pragma once

#include <QString>

#include <optional>

namespace scopevault {

/// Where a secret with a rotation policy stands, computed with the vault's clock.
enum class RotationStatus
{
    Ok,      // not yet inside the warning window
    Due,     // inside the warning window before the due date
    Overdue, // the interval has passed since the value last changed
    Expired, // past the expiry date
};

class RotationStatuses final
{
public:
    /// "ok", "due", "overdue", "expired": what JSON and --status use.
    [[nodiscard]] static QString name(RotationStatus status);
    [[nodiscard]] static std::optional<RotationStatus> fromName(const QString& name);
    /// Translated, for people.
    [[nodiscard]] static QString label(RotationStatus status);
    /// Overdue and expired secrets need attention now.
    [[nodiscard]] static bool isLate(RotationStatus status)
    {
        return status == RotationStatus::Overdue || status == RotationStatus::Expired;
    }
};

} // namespace scopevault
