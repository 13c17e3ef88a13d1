#include "AgentApp.h"
#include "CryptoInit.h"
#include "ProcessHardening.h"

#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace {

std::int64_t systemNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

int main(int argc, char* argv[])
{
    if (!scopevault::ProcessHardening::apply()) {
        std::fputs("scopevault-agent: error: cannot disable core dumps; refusing to run\n", stderr);
        return 1;
    }
    try {
        scopevault::CryptoInit::ensureInitialised();
    } catch (const std::runtime_error& error) {
        std::fprintf(stderr, "scopevault-agent: error: %s\n", error.what());
        return 1;
    }
    return scopevault::AgentApp({argv, argv + argc}, systemNowMs).run();
}
