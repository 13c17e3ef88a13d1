#pragma once

#include "CliCommand.h"

#include <QList>

namespace scopevault {

/// scan: look for credentials in a skill pack's files (the vault's own values included).
class ScanCommands final
{
public:
    [[nodiscard]] static QList<CliCommand> all();
};

} // namespace scopevault
