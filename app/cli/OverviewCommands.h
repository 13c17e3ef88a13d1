#pragma once

#include "CliCommand.h"

#include <QList>

namespace scopevault {

/// overview: the vault's size and what needs a decision, as the desktop Overview shows it.
class OverviewCommands final
{
public:
    [[nodiscard]] static QList<CliCommand> all();
};

} // namespace scopevault
