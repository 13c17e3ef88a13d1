#pragma once

#include "ports/Clock.h"

namespace scopevault {

/// The wall clock, in UTC.
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime nowUtc() const override;
};

} // namespace scopevault
