#include "CryptoInit.h"
#include "ProcessHardening.h"
#include "QtKeychainStore.h"
#include "QuitOnSignal.h"
#include "SqliteVaultRepository.h"
#include "Translations.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/VaultSession.h"
#include "vault/SystemClock.h"
#include "vault/VaultLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

namespace {

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("scopevault"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCOPEVAULT_VERSION));
    // Preferences in ~/.config/scopevault/, next to the data in ~/.local/share/scopevault/.
    QCoreApplication::setOrganizationName(QStringLiteral("scopevault"));
    scopevault::AppSettings::adoptOldLocation();
}

QCommandLineOption demoOption()
{
    return {
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open a populated demo vault in a temporary folder.")};
}

void describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Encrypted vault manager for AI agents' credentials"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(demoOption());
    parser.addPositionalArgument(QStringLiteral("vault"),
                                 QCoreApplication::translate("main", "The vault file to open."),
                                 QStringLiteral("[vault]"));
}

/// --help and --version print text only: answered without a display (no QApplication, which
/// aborts when no platform plugin can connect).
bool asksForTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" ||
            arg == "-v" || arg == "-?") {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (!scopevault::ProcessHardening::apply()) {
        std::fputs("scopevault: error: cannot disable core dumps; refusing to run\n", stderr);
        return 1;
    }
    if (asksForTextOnly(argc, argv)) {
        QCoreApplication text(argc, argv);
        nameApplication();
        const scopevault::AppSettings settings;
        scopevault::Translations::install(text, settings.language());
        QCommandLineParser parser;
        describe(parser);
        parser.process(text); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    nameApplication();
    // Ctrl+C, kill or a closed terminal quit as the window's Quit does: the demo's folder goes.
    const scopevault::QuitOnSignal quitOnSignal;
    QApplication::setApplicationDisplayName(QStringLiteral("Scopevault"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.scopevault.Scopevault"));
    try {
        scopevault::CryptoInit::ensureInitialised();
    } catch (const std::exception& error) {
        std::fprintf(stderr, "scopevault: error: %s\n", error.what());
        return 1;
    }
    scopevault::AppSettings settings;
    scopevault::Translations::install(app, settings.language());

    QCommandLineParser parser;
    describe(parser);
    parser.process(app);
    const QCommandLineOption demo = demoOption();

    scopevault::SystemClock clock;
    // Declared before the session, which uses it until it is destroyed.
    scopevault::QtKeychainStore keychain(std::chrono::seconds(settings.keychainTimeoutSeconds()));
    scopevault::VaultSession session(
        [](const QString& path) -> std::unique_ptr<scopevault::VaultRepository> {
            return std::make_unique<scopevault::SqliteVaultRepository>(path);
        },
        clock);
    session.setKeyStore(&keychain);
    scopevault::MainWindow window(session, settings);
    window.show();
    if (parser.isSet(demo)) {
        window.openDemo();
    } else if (!parser.positionalArguments().isEmpty()) {
        window.openVault(parser.positionalArguments().constFirst());
    } else if (QFileInfo::exists(scopevault::VaultLocation::defaultPath())) {
        window.openVault(scopevault::VaultLocation::defaultPath());
    }
    return QApplication::exec();
}
