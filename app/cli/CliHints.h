#pragma once

#include "vault/VaultError.h"

#include <QString>

namespace scopevault {

/// How the CLI words what the user can do about an error: the core says what went wrong and
/// which remedy exists (VaultError::Remedy); only the CLI knows its option names.
class CliHints final
{
public:
    /// The remedy as the CLI's advice ("choose another file or pass --force"); empty for none.
    [[nodiscard]] static QString advice(VaultError::Remedy remedy);
    /// The error's message followed by the advice: on its own line after a multi-line
    /// message, after "; " otherwise.
    [[nodiscard]] static QString describe(const VaultError& error);
};

} // namespace scopevault
