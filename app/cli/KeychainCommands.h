#pragma once

#include "CliCommand.h"

#include <QList>

namespace scopevault {

/// quick-unlock enable|disable|status and keychain status: what the vault keeps in the OS
/// keychain.
class KeychainCommands final
{
public:
    [[nodiscard]] static QList<CliCommand> all();
};

} // namespace scopevault
