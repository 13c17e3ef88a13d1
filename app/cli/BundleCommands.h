#pragma once

#include "CliCommand.h"

#include <QList>

namespace scopevault {

/// export | bundles | vault-key: per-agent bundles from the admin's side.
class BundleCommands final
{
public:
    [[nodiscard]] static QList<CliCommand> all();
};

} // namespace scopevault
