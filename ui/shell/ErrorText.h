#pragma once

#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QString>

namespace scopevault {

/// How the desktop application words what the user can do about an error: the core says what
/// went wrong and which remedy exists; the GUI names its own controls, never a CLI option.
class ErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    /// The remedy as the GUI's advice; empty when there is none or the GUI offers no way.
    [[nodiscard]] static QString advice(VaultError::Remedy remedy);
    /// The error's message as a sentence, followed by the advice on its own line.
    [[nodiscard]] static QString describe(const VaultError& error);
};

} // namespace scopevault
