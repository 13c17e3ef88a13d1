// A whole bundle file, as scopevault-agent reads it: the header, the pinned vault key, the
// signature, the recipient, the validity, then decryption. The seeds are valid bundles for
// the target's own keys, so mutations start from files that pass every check.
// SCOPEVAULT_FUZZ_SEEDS=DIR writes those seeds and exits.
#include "BundleKeys.h"
#include "FuzzSupport.h"

#include "AgentError.h"
#include "BundleError.h"
#include "BundleOpener.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    using namespace scopevault;
    fuzz::initialize(argc, argv);
    fuzz::writeSeedIfAsked("valid.svb",
                           fuzz::BundleKeys::get().seal(fuzz::BundleKeys::samplePayload()));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace scopevault;
    const fuzz::BundleKeys& keys = fuzz::BundleKeys::get();
    const std::string_view file(reinterpret_cast<const char*>(data), size);
    try {
        (void)BundleOpener::inspect(file, "fuzz.svb");
        const OpenedBundle opened = BundleOpener(fuzz::BundleKeys::NowMs)
                                        .open(file, "fuzz.svb", keys.identity, keys.signingPublic);
        (void)opened;
    } catch (const BundleError&) {
    } catch (const AgentError&) {
    }
    return 0;
}
