#include "audit/AuditEvent.h"

namespace scopevault {

QString AuditEvent::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::Denied:
        return QStringLiteral("denied");
    case Outcome::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace scopevault
