#include "CliApp.h"

#include "CliHints.h"
#include "CliReference.h"
#include "Text.h"

#include "AgentCommands.h"
#include "AuditCommands.h"
#include "BundleCommands.h"
#include "CliContext.h"
#include "ImportCommands.h"
#include "KeychainCommands.h"
#include "OverviewCommands.h"
#include "RotationCommands.h"
#include "ScanCommands.h"
#include "ScopeCommands.h"
#include "SecretCommands.h"
#include "SettingsCommands.h"
#include "VaultCommands.h"
#include "vault/VaultError.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

#include <cstdio>

namespace scopevault {

namespace {

QList<QCommandLineOption> globalOptions()
{
    return {
        {QStringLiteral("vault"),
         QCoreApplication::translate("CliApp", "Vault file (default: $SCOPEVAULT_VAULT, else "
                                               "$XDG_DATA_HOME/scopevault/vault.svdb)."),
         QCoreApplication::translate("CliApp", "path")},
        {QStringLiteral("passphrase-file"),
         QCoreApplication::translate("CliApp", "Read the passphrase from a file."),
         QCoreApplication::translate("CliApp", "file")},
        {QStringLiteral("passphrase-fd"),
         QCoreApplication::translate("CliApp", "Read the passphrase from a file descriptor."),
         QCoreApplication::translate("CliApp", "fd")},
        {QStringLiteral("expect-checkpoint"),
         QCoreApplication::translate("CliApp",
                                     "Refuse to unlock a vault older than this exported "
                                     "checkpoint (audit checkpoint --out), or one whose log "
                                     "differs from it."),
         QCoreApplication::translate("CliApp", "file")},
        {QStringLiteral("keychain"),
         QCoreApplication::translate("CliApp", "Unlock through the OS keychain (quick unlock, see "
                                               "quick-unlock enable) instead of the passphrase.")},
        {QStringLiteral("keychain-timeout"),
         QCoreApplication::translate("CliApp",
                                     "Give up on an OS keychain that has not answered after "
                                     "this many seconds (default 3)."),
         QCoreApplication::translate("CliApp", "seconds")},
        {
            QStringLiteral("accept-rollback"),
            QCoreApplication::translate("CliApp",
                                        "Open a vault file older than the OS keychain's record of "
                                        "it (after restoring a backup on purpose); recorded."),
        },
    };
}

// QCommandLineParser lists positional arguments under "Arguments:"; ours are in the usage line.
QString withoutArguments(const QString& help)
{
    const qsizetype at = help.indexOf(QLatin1String("\nArguments:"));
    return at < 0 ? help : help.left(at + 1);
}

void printError(const QString& message)
{
    std::fprintf(stderr, "scopevault-cli: error: %s\n",
                 Text::printable(message.toStdString()).c_str());
}

} // namespace

CliApp::CliApp(QStringList arguments)
    : m_arguments(std::move(arguments))
{
    m_commands = VaultCommands::all() + SecretCommands::all() + ScopeCommands::all() +
                 AgentCommands::all() + BundleCommands::all() + ImportCommands::all() +
                 AuditCommands::all() + SettingsCommands::all() + RotationCommands::all() +
                 OverviewCommands::all() + KeychainCommands::all() + ScanCommands::all();
    m_commands << CliCommand{
        QStringLiteral("completion"),
        QStringLiteral("bash|zsh"),
        QCoreApplication::translate("CliApp",
                                    "Print the completion script for bash or zsh (installed by "
                                    "the package; for a build: source <(scopevault-cli "
                                    "completion bash))."),
        {},
        1,
        1,
        [this](CliContext& context) {
            return printCompletion(context.arguments().at(0));
        }};
}

int CliApp::printCompletion(const QString& shell) const
{
    const CliReference reference(m_commands, globalOptions());
    if (shell == QLatin1String("bash")) {
        std::fputs(reference.bashCompletion().toUtf8().constData(), stdout);
    } else if (shell == QLatin1String("zsh")) {
        std::fputs(reference.zshCompletion().toUtf8().constData(), stdout);
    } else {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("CliApp", "completion: no script for '%1'; "
                                                               "use bash or zsh")
                             .arg(shell));
    }
    return 0;
}

QStringList CliApp::leadingWords() const
{
    // Skip global options (and the values of those that take one) to find the subcommand.
    QStringList valued;
    for (const QCommandLineOption& option : globalOptions()) {
        if (!option.valueName().isEmpty()) {
            valued << QStringLiteral("--") + option.names().constFirst();
        }
    }
    QStringList words;
    for (qsizetype i = 1; i < m_arguments.size() && words.size() < 2; ++i) {
        const QString& arg = m_arguments.at(i);
        if (arg == QLatin1String("--")) {
            break;
        }
        if (!arg.startsWith(QLatin1Char('-'))) {
            words << arg;
        } else if (valued.contains(arg) && words.isEmpty()) {
            ++i;
        } else if (!words.isEmpty()) {
            break; // the command's own options start; its words are complete
        }
    }
    return words;
}

bool CliApp::hasGroup(const QString& word) const
{
    for (const CliCommand& command : m_commands) {
        if (command.name.startsWith(word + QLatin1Char(' '))) {
            return true;
        }
    }
    return false;
}

const CliCommand* CliApp::findCommand(const QString& name) const
{
    for (const CliCommand& command : m_commands) {
        if (command.name == name) {
            return &command;
        }
    }
    return nullptr;
}

QString CliApp::usage(const CliCommand* command) const
{
    QCommandLineParser parser;
    parser.addOptions(globalOptions());
    if (command) {
        parser.addOptions(command->options);
        parser.setApplicationDescription(command->summary);
        parser.addPositionalArgument(command->name, QString(),
                                     command->name + QLatin1Char(' ') + command->arguments);
        return withoutArguments(parser.helpText());
    }
    QString text = QCoreApplication::translate(
        "CliApp", "Scopevault admin CLI: an encrypted vault of scoped secrets for AI agents."
                  "\n\nUsage: scopevault-cli [global options] COMMAND [arguments]\n\n"
                  "Commands:\n");
    for (const CliCommand& each : m_commands) {
        text += QStringLiteral("  %1\n      %2\n")
                    .arg(QString(each.name + QLatin1Char(' ') + each.arguments).trimmed(),
                         each.summary);
    }
    text += QLatin1Char('\n') + withoutArguments(parser.helpText().section(QLatin1Char('\n'), 2));
    text += QCoreApplication::translate(
        "CliApp",
        "\nExit codes: 0 ok, 1 error, 2 usage, 3 wrong passphrase, 4 not found, "
        "5 integrity failure, 6 denied, 7 import skipped some input.\nRun 'scopevault-cli "
        "COMMAND --help' for a "
        "command's options.\n");
    return text;
}

int CliApp::helpFor(const QStringList& topic) const
{
    QStringList words;
    for (const QString& word : topic) {
        if (word.startsWith(QLatin1Char('-')) || words.size() == 2) {
            break;
        }
        words << word;
    }
    const CliCommand* command =
        words.size() == 2 ? findCommand(words.join(QLatin1Char(' '))) : nullptr;
    if (!command) {
        command = findCommand(words.value(0));
    }
    if (command) {
        std::fputs(usage(command).toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (hasGroup(words.value(0))) {
        QString list;
        for (const CliCommand& each : m_commands) {
            if (each.name.startsWith(words.value(0) + QLatin1Char(' '))) {
                list += QStringLiteral("  %1\n      %2\n")
                            .arg(QString(each.name + QLatin1Char(' ') + each.arguments).trimmed(),
                                 each.summary);
            }
        }
        std::fputs(list.toLocal8Bit().constData(), stdout);
        return 0;
    }
    printError(QCoreApplication::translate("CliApp", "no command '%1' (see scopevault-cli --help)")
                   .arg(words.join(QLatin1Char(' '))));
    return static_cast<int>(ErrorCode::Usage);
}

int CliApp::run()
{
    const QStringList words = leadingWords();
    const QString name = words.value(0);
    const bool wantsHelp = m_arguments.contains(QStringLiteral("--help")) ||
                           m_arguments.contains(QStringLiteral("-h"));
    if (name.isEmpty() && (m_arguments.contains(QStringLiteral("--version")) ||
                           m_arguments.contains(QStringLiteral("-V")))) {
        std::printf("scopevault-cli %s\n", SCOPEVAULT_VERSION);
        return 0;
    }
    if (name == QLatin1String("help") && m_arguments.contains(QStringLiteral("--man"))) {
        // The manual page, generated from this table at build time (see CliReference).
        const CliReference reference(m_commands, globalOptions());
        std::fputs(reference.manPage(QStringLiteral(SCOPEVAULT_RELEASE_DATE)).toUtf8().constData(),
                   stdout);
        return 0;
    }
    if (name == QLatin1String("help") && words.size() > 1) {
        return helpFor(m_arguments.mid(m_arguments.indexOf(QStringLiteral("help")) + 1));
    }
    if (name.isEmpty() || name == QLatin1String("help")) {
        std::fputs(usage(nullptr).toLocal8Bit().constData(),
                   wantsHelp || !name.isEmpty() ? stdout : stderr);
        return wantsHelp || !name.isEmpty() ? 0 : static_cast<int>(ErrorCode::Usage);
    }
    const CliCommand* command =
        words.size() == 2 ? findCommand(words.join(QLatin1Char(' '))) : nullptr;
    if (!command) {
        command = findCommand(name);
    }
    // `get REF --version N` has an option of that name; elsewhere --version asks for ours.
    const bool commandTakesVersion =
        command && std::any_of(command->options.cbegin(), command->options.cend(),
                               [](const QCommandLineOption& option) {
                                   return option.names().contains(QStringLiteral("version"));
                               });
    if (name == QLatin1String("--version") ||
        (!commandTakesVersion && (m_arguments.contains(QStringLiteral("--version")) ||
                                  m_arguments.contains(QStringLiteral("-V"))))) {
        std::printf("scopevault-cli %s\n", SCOPEVAULT_VERSION);
        return 0;
    }
    if (!command && hasGroup(name)) {
        QString list;
        for (const CliCommand& each : m_commands) {
            if (each.name.startsWith(name + QLatin1Char(' '))) {
                list += QStringLiteral("\n  %1 %2").arg(each.name, each.arguments);
            }
        }
        printError(
            words.size() == 2
                ? QCoreApplication::translate("CliApp", "unknown command '%1 %2'; '%1' has:%3")
                      .arg(name, words[1], list)
                : QCoreApplication::translate("CliApp", "'%1' needs a subcommand:%2")
                      .arg(name, list));
        return static_cast<int>(ErrorCode::Usage);
    }
    if (!command) {
        printError(QCoreApplication::translate("CliApp",
                                               "unknown command '%1' (see scopevault-cli --help)")
                       .arg(name));
        return static_cast<int>(ErrorCode::Usage);
    }
    if (wantsHelp) {
        std::fputs(usage(command).toLocal8Bit().constData(), stdout);
        return 0;
    }
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions(globalOptions());
    parser.addOptions(command->options);
    if (!parser.parse(m_arguments)) {
        printError(QCoreApplication::translate("CliApp", "%1: %2").arg(name, parser.errorText()));
        return static_cast<int>(ErrorCode::Usage);
    }
    const qsizetype wordCount = command->name.count(QLatin1Char(' ')) + 1;
    const qsizetype count = parser.positionalArguments().size() - wordCount;
    if (count < command->minArguments || count > command->maxArguments) {
        printError(
            QCoreApplication::translate(
                "CliApp", "%1: expected arguments '%2', got %3 (see scopevault-cli %1 --help)")
                .arg(name, command->arguments)
                .arg(count));
        return static_cast<int>(ErrorCode::Usage);
    }
    CliContext context(parser, static_cast<int>(wordCount));
    try {
        const int code = command->run(context);
        // Locking writes the session's last event and checkpoint: a failure is reported,
        // never dropped.
        context.finish();
        return code;
    } catch (const VaultError& error) {
        printError(CliHints::describe(error));
        return static_cast<int>(error.code());
    } catch (const std::bad_alloc&) {
        printError(QCoreApplication::translate("CliApp", "out of memory"));
        return static_cast<int>(ErrorCode::Other);
    } catch (const std::exception& error) {
        // No input may abort the program: anything a library throws ends as an error.
        printError(QCoreApplication::translate("CliApp", "unexpected failure: %1")
                       .arg(QString::fromLocal8Bit(error.what())));
        return static_cast<int>(ErrorCode::Other);
    } catch (...) {
        printError(QCoreApplication::translate("CliApp", "unexpected failure"));
        return static_cast<int>(ErrorCode::Other);
    }
}

} // namespace scopevault
