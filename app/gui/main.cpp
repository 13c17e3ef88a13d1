#include "CryptoInit.h"
#include "ProcessHardening.h"
#include "QtKeychainStore.h"
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

int main(int argc, char* argv[])
{
    if (!scopevault::ProcessHardening::apply()) {
        std::fputs("scopevault: error: cannot disable core dumps; refusing to run\n", stderr);
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("scopevault"));
    QApplication::setApplicationDisplayName(QStringLiteral("Scopevault"));
    QApplication::setApplicationVersion(QStringLiteral(SCOPEVAULT_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Scopevault"));
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
    parser.setApplicationDescription(
        QApplication::translate("main", "Encrypted vault manager for AI agents' credentials"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open a populated demo vault in a temporary folder."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("vault"),
                                 QApplication::translate("main", "The vault file to open."),
                                 QStringLiteral("[vault]"));
    parser.process(app);

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
