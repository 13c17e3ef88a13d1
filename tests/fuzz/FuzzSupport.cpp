#include "FuzzSupport.h"

#include "CryptoInit.h"

#include <QCoreApplication>

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

} // namespace scopevault::fuzz
