#include "CliApp.h"
#include "ProcessHardening.h"

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
    QCoreApplication::setOrganizationName(QStringLiteral("Scopevault"));
    return scopevault::CliApp(QCoreApplication::arguments()).run();
}
