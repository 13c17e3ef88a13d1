#pragma once

#include "SecureBuffer.h"

#include <QString>

#include <optional>

namespace scopevault {

/// Optional changes to a secret besides its value.
struct SecretChange
{
    std::optional<QString> description;  // nothing: keep the current one
    const SecureBuffer* notes = nullptr; // null: keep; empty buffer: remove the notes
};

} // namespace scopevault
