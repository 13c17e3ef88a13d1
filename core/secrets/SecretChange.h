#pragma once

#include "secrets/ValueChange.h"

#include "SecureBuffer.h"

#include <QString>

#include <optional>

namespace scopevault {

/// Optional changes to a secret besides its value, and how a new value came to be.
struct SecretChange
{
    std::optional<QString> description;  // nothing: keep the current one
    const SecureBuffer* notes = nullptr; // null: keep; empty buffer: remove the notes
    /// How a new value came to be (its history entry and audit event say so).
    ValueChange how = ValueChange::Set;
    /// A value this secret held before is refused (rotation) unless this is true.
    bool allowReuse = true;
    /// For a rollback: the version whose value is restored.
    std::optional<quint64> restoredFrom;
    /// Where the value lives: the OS keychain (true) or the vault file (false); nothing keeps
    /// the current place (the file for a new secret).
    std::optional<bool> inKeychain;
};

} // namespace scopevault
