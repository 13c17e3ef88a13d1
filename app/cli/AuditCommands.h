#pragma once

#include "CliCommand.h"

#include <QList>

namespace scopevault {

/// audit verify | list | export | checkpoint.
class AuditCommands final
{
public:
    [[nodiscard]] static QList<CliCommand> all();
};

} // namespace scopevault
