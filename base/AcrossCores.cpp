#include "AcrossCores.h"

#include <algorithm>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace scopevault {

void acrossCores(std::size_t count, const std::function<void(std::size_t, std::size_t)>& range)
{
    const std::size_t workers =
        count < 4096 ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
    const std::size_t chunk = (count + workers - 1) / workers;
    const auto part = [&](std::size_t w) {
        range(std::min(count, w * chunk), std::min(count, (w + 1) * chunk));
    };
    std::vector<std::thread> threads;
    std::exception_ptr failure;
    try {
        std::size_t w = 1;
        try {
            for (; w < workers; ++w) {
                threads.emplace_back(part, w);
            }
        } catch (const std::system_error&) {
            // No thread to be had (limits, memory): the parts not started run here.
            for (; w < workers; ++w) {
                part(w);
            }
        }
        part(0);
    } catch (...) {
        failure = std::current_exception(); // rethrown once every thread has ended
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
}

} // namespace scopevault
