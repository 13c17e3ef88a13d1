#pragma once

#include "CliCommand.h"

#include <QList>

namespace scopevault {

/// import skillpack | dotenv | abstractcore.
class ImportCommands final
{
public:
    [[nodiscard]] static QList<CliCommand> all();
};

} // namespace scopevault
