#include "AcrossCores.h"

#include <algorithm>
#include <system_error>
#include <thread>
#include <vector>

namespace scopevault {

void acrossCores(std::size_t count, const std::function<void(std::size_t, std::size_t)>& range)
{
    const std::size_t workers =
        count < 4096 ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
    std::vector<std::thread> threads;
    const std::size_t chunk = (count + workers - 1) / workers;
    std::size_t w = 1;
    try {
        for (; w < workers; ++w) {
            threads.emplace_back(range, std::min(count, w * chunk),
                                 std::min(count, (w + 1) * chunk));
        }
    } catch (const std::system_error&) {
        // No thread to be had (limits, memory): the parts not started run here.
        for (; w < workers; ++w) {
            range(std::min(count, w * chunk), std::min(count, (w + 1) * chunk));
        }
    }
    range(0, std::min(count, chunk));
    for (std::thread& thread : threads) {
        thread.join();
    }
}

} // namespace scopevault
