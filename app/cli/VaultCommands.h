#pragma once

#include "CliCommand.h"

#include <QList>

namespace scopevault {

/// init, info, passwd: the vault as a whole.
class VaultCommands final
{
public:
    [[nodiscard]] static QList<CliCommand> all();
};

} // namespace scopevault
