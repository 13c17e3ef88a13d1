#include "AgentApp.h"
#include "CryptoInit.h"
#include "ProcessHardening.h"
#include "SystemClock.h"
#include "VaultError.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    if (!scopevault::ProcessHardening::apply()) {
        std::fputs("scopevault-agent: error: cannot disable core dumps; refusing to run\n", stderr);
        return 1;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scopevault-agent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCOPEVAULT_VERSION));
    try {
        scopevault::CryptoInit::ensureInitialised();
    } catch (const scopevault::VaultError& error) {
        std::fprintf(stderr, "scopevault-agent: error: %s\n", error.what());
        return 1;
    }
    const scopevault::SystemClock clock;
    return scopevault::AgentApp(QCoreApplication::arguments(), clock).run();
}
