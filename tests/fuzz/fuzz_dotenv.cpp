// The .env parser on any bytes: a result or a VaultError naming the line, nothing else.
#include "FuzzSupport.h"
#include "import/DotenvParser.h"
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
        const DotenvParser::Result result = DotenvParser::parse(
            SecureBuffer::copyOf(std::string_view(reinterpret_cast<const char*>(data), size)));
        (void)result;
    } catch (const VaultError&) {
    }
    return 0;
}
