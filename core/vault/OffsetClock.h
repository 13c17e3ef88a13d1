#pragma once

#include "ports/Clock.h"

#include <QtGlobal>

namespace scopevault {

/// Another clock's time shifted by an offset: the demo vault writes a month of history by
/// setting it into the past and walking it back to the present (offset 0: the base clock).
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(const Clock& base)
        : m_base(base)
    {}

    [[nodiscard]] QDateTime nowUtc() const override { return m_base.nowUtc().addMSecs(m_offsetMs); }
    void setOffsetMs(qint64 offsetMs) { m_offsetMs = offsetMs; }
    [[nodiscard]] qint64 offsetMs() const { return m_offsetMs; }

private:
    const Clock& m_base;
    qint64 m_offsetMs = 0;
};

} // namespace scopevault
