#pragma once

#include "CliCommand.h"

#include <QList>

namespace scopevault {

/// settings list | set: vault-wide policy values.
class SettingsCommands final
{
public:
    [[nodiscard]] static QList<CliCommand> all();
};

} // namespace scopevault
