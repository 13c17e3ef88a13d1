#pragma once

#include "CliCommand.h"

#include <QList>

namespace scopevault {

/// history, rollback, rotate, generate and rotation set/clear/list: versions and rotation.
class RotationCommands final
{
public:
    [[nodiscard]] static QList<CliCommand> all();
};

} // namespace scopevault
