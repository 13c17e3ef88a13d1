#pragma once

#include "CliCommand.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace scopevault {

/// What is written about scopevault-cli outside the program, generated from the command table
/// it parses: the manual page (roff) and the bash and zsh completion scripts. The build runs
/// `scopevault-cli help --man` and `scopevault-cli completion SHELL` and the packages install
/// the results, so a command can never be missing from them.
class CliReference final
{
public:
    CliReference(const QList<CliCommand>& commands, const QList<QCommandLineOption>& globals);

    /// The manual page; `date` goes into its header (YYYY-MM-DD).
    [[nodiscard]] QString manPage(const QString& date) const;
    [[nodiscard]] QString bashCompletion() const;
    [[nodiscard]] QString zshCompletion() const;

private:
    /// First words in table order: single commands and the group words ("agent").
    [[nodiscard]] QStringList firstWords() const;
    [[nodiscard]] QStringList subcommandsOf(const QString& group) const;
    [[nodiscard]] QStringList optionNames(const QList<QCommandLineOption>& options) const;
    [[nodiscard]] QStringList valuedOptionNames() const;

    const QList<CliCommand>& m_commands;
    QList<QCommandLineOption> m_globals;
};

} // namespace scopevault
