// The AbstractCore config reader (strict JSON escapes, then QJsonDocument) on any bytes.
#include "FuzzSupport.h"
#include "import/AbstractCoreConfig.h"
#include "vault/VaultError.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    scopevault::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace scopevault;
    try {
        (void)AbstractCoreConfig::parse(
            SecureBuffer::copyOf(std::string_view(reinterpret_cast<const char*>(data), size)),
            QStringLiteral("abstractcore.json"));
    } catch (const VaultError&) {
    }
    return 0;
}
