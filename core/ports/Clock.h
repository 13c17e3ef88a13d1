#pragma once

#include <QDateTime>

namespace scopevault {

/// Source of "now", injected so that tests can control expiry, rotation and idle lock.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
};

} // namespace scopevault
