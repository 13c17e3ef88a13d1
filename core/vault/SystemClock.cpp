#include "vault/SystemClock.h"

namespace scopevault {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace scopevault
