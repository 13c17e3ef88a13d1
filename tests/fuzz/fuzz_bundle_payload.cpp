// The payload behind the signature: each input is sealed and signed with the target's own
// keys, then opened, so the payload parser and the name checks see arbitrary bytes that a
// signature vouches for (a compromised or buggy vault). SCOPEVAULT_FUZZ_SEEDS=DIR writes a
// realistic payload as a seed and exits.
#include "BundleKeys.h"
#include "FuzzSupport.h"

#include "AgentError.h"
#include "BundleError.h"
#include "BundleOpener.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    using namespace scopevault;
    fuzz::initialize(argc, argv);
    fuzz::writeSeedIfAsked("payload.bin", fuzz::BundleKeys::samplePayload().view());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace scopevault;
    const fuzz::BundleKeys& keys = fuzz::BundleKeys::get();
    try {
        const std::string file = keys.seal(
            SecureBuffer::copyOf(std::string_view(reinterpret_cast<const char*>(data), size)));
        const OpenedBundle opened = BundleOpener(fuzz::BundleKeys::NowMs)
                                        .open(file, "fuzz.svb", keys.identity, keys.signingPublic);
        (void)opened;
    } catch (const BundleError&) {
    } catch (const AgentError&) {
    }
    return 0;
}
