#include "CliApp.h"
#include "CryptoInit.h"
#include "ProcessHardening.h"
#include "Translations.h"
#include "vault/VaultError.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    if (!scopevault::ProcessHardening::apply()) {
        std::fputs("scopevault-cli: error: cannot disable core dumps; refusing to run\n", stderr);
        return 1;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scopevault-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCOPEVAULT_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("scopevault"));
    // Messages follow the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) as git's do; exit
    // codes and JSON output are the same in every language.
    scopevault::Translations::install(app, QString());
    try {
        scopevault::CryptoInit::ensureInitialised();
    } catch (const std::exception& error) {
        std::fprintf(stderr, "scopevault-cli: error: %s\n", error.what());
        return 1;
    }
    return scopevault::CliApp(QCoreApplication::arguments()).run();
}
