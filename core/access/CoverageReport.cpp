#include "access/CoverageReport.h"

namespace scopevault {

bool CoverageReport::complete() const
{
    for (const Item& item : items) {
        if (item.state == State::MissingRequired ||
            (item.state == State::NotGranted && item.declaration.required)) {
            return false;
        }
    }
    return true;
}

QString CoverageReport::stateName(State state)
{
    switch (state) {
    case State::Resolved:
        return QStringLiteral("resolved");
    case State::MissingRequired:
        return QStringLiteral("missing (required)");
    case State::MissingOptional:
        return QStringLiteral("missing (optional)");
    case State::NotGranted:
        return QStringLiteral("not granted");
    }
    return {};
}

} // namespace scopevault
