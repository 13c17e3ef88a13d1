#pragma once

#include "CliCommand.h"

#include <QList>

namespace scopevault {

/// pack …, action …, resolve, coverage: the scope model.
class ScopeCommands final
{
public:
    [[nodiscard]] static QList<CliCommand> all();
};

} // namespace scopevault
