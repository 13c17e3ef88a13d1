#pragma once

#include "CliCommand.h"

#include <QList>

namespace scopevault {

/// set, get, list, rm: secrets at their scopes.
class SecretCommands final
{
public:
    [[nodiscard]] static QList<CliCommand> all();
};

} // namespace scopevault
