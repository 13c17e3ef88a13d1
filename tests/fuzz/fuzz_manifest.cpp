// The skill manifest parser (yaml-cpp underneath) on any bytes.
#include "FuzzSupport.h"
#include "import/ManifestParser.h"
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
        (void)ManifestParser::parse(
            SecureBuffer::copyOf(std::string_view(reinterpret_cast<const char*>(data), size)),
            QStringLiteral("manifest.yaml"));
    } catch (const VaultError&) {
    }
    return 0;
}
