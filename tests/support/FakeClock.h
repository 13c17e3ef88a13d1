#pragma once

#include "ports/Clock.h"

namespace scopevault::test {

/// A clock that moves only when told, for expiry tests.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(const QDateTime& start = QDateTime(QDate(2026, 11, 23), QTime(12, 0),
                                                          Qt::UTC))
        : m_now(start)
    {}
    [[nodiscard]] QDateTime nowUtc() const override { return m_now; }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace scopevault::test
