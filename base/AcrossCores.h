#pragma once

#include <cstddef>
#include <functional>

namespace scopevault {

/// Runs range(begin, end) over [0, count) split across the cores (up to four), the calling
/// thread taking the first part, and returns when all parts are done. Below 4,096 items it
/// runs on the calling thread alone: starting threads would cost more than they give. The
/// parts must not share anything they write, and `range` must not throw on the other
/// threads (nothing can carry it back); what the calling thread's part throws is rethrown
/// once the others have ended.
void acrossCores(std::size_t count, const std::function<void(std::size_t, std::size_t)>& range);

} // namespace scopevault
