#pragma once

#include <QString>

#include <optional>

namespace scopevault {

/// How a secret's value came to be (what `history` shows in its HOW column).
enum class ValueChange
{
    Created,  // the first value
    Set,      // set from the CLI or the secret dialog
    Import,   // an import overwrote it
    Rotate,   // rotate (a new value from the provider or the generator)
    Rollback, // a new version holding an older version's value
    Unknown,  // made before the vault kept history (schema 8)
};

class ValueChanges final
{
public:
    /// "created", "set", "import", "rotate", "rollback", "unknown": what files and JSON hold.
    [[nodiscard]] static QString name(ValueChange change);
    [[nodiscard]] static std::optional<ValueChange> fromName(const QString& name);
    /// Translated, for people.
    [[nodiscard]] static QString label(ValueChange change);
};

} // namespace scopevault
