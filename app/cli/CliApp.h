#pragma once

#include "CliCommand.h"

#include <QList>
#include <QStringList>

namespace scopevault {

/// scopevault-cli: finds the subcommand, parses global and command options, runs the handler
/// and turns a VaultError into its message on stderr and its exit code.
class CliApp final
{
public:
    explicit CliApp(QStringList arguments);
    [[nodiscard]] int run();

private:
    [[nodiscard]] QString findCommandName() const;
    [[nodiscard]] const CliCommand* findCommand(const QString& name) const;
    [[nodiscard]] QString usage(const CliCommand* command) const;

    QStringList m_arguments;
    QList<CliCommand> m_commands;
};

} // namespace scopevault
