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
    /// The first two words that are not options (the command may be one or two words).
    [[nodiscard]] QStringList leadingWords() const;
    [[nodiscard]] const CliCommand* findCommand(const QString& name) const;
    /// True when `word` starts two-word commands ("agent" of "agent add").
    [[nodiscard]] bool hasGroup(const QString& word) const;
    [[nodiscard]] QString usage(const CliCommand* command) const;
    /// `help COMMAND`: that command's help (or a group's commands) on stdout.
    [[nodiscard]] int helpFor(const QStringList& topic) const;
    /// `completion SHELL`: the script generated from the command table.
    [[nodiscard]] int printCompletion(const QString& shell) const;

    QStringList m_arguments;
    QList<CliCommand> m_commands;
};

} // namespace scopevault
