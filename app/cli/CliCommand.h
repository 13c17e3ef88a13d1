#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>

namespace scopevault {

class CliContext;

/// One subcommand of scopevault-cli: its usage, options, and the handler that calls a service.
struct CliCommand
{
    QString name;
    QString arguments; // e.g. "REF", shown in help
    QString summary;
    QList<QCommandLineOption> options;
    int minArguments = 0;
    int maxArguments = 0;
    std::function<int(CliContext&)> run;
};

} // namespace scopevault
