#include "FuzzSupport.h"

#include "CryptoInit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdlib>

namespace scopevault::fuzz {

void initialize(int* argc, char*** argv)
{
    // Never destroyed: the process ends without running its destructor (libFuzzer exits
    // from its own code, after static objects the application refers to may be gone).
    static QCoreApplication* app = nullptr;
    if (!app) {
        app = new QCoreApplication(*argc, *argv);
        CryptoInit::ensureInitialised();
    }
}

void writeSeedIfAsked(const char* name, std::string_view content)
{
    const QString seeds = qEnvironmentVariable("SCOPEVAULT_FUZZ_SEEDS");
    if (seeds.isEmpty()) {
        return;
    }
    QDir().mkpath(seeds);
    QFile file(seeds + QLatin1Char('/') + QString::fromLatin1(name));
    const bool written = file.open(QIODevice::WriteOnly) &&
                         file.write(content.data(), static_cast<qint64>(content.size())) ==
                             static_cast<qint64>(content.size());
    file.close();
    std::exit(written ? 0 : 1);
}

} // namespace scopevault::fuzz
