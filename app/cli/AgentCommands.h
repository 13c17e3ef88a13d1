#pragma once

#include "CliCommand.h"

#include <QList>

namespace scopevault {

/// agent …, grant, revoke-grant, grants: who may read what.
class AgentCommands final
{
public:
    [[nodiscard]] static QList<CliCommand> all();
};

} // namespace scopevault
