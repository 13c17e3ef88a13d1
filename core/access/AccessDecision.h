#pragma once

#include "catalog/Grant.h"

#include <QString>

#include <optional>

namespace scopevault {

/// Whether an agent may receive an action's (or one secret's) values, and why.
struct AccessDecision
{
    enum class Outcome
    {
        Granted,
        UnknownAgent,
        AgentNotActive, // suspended or revoked
        NoGrant,
        Expired, // only expired grants cover the target
    };

    Outcome outcome = Outcome::NoGrant;
    std::optional<Grant> via; // the grant that allows it (the longest-lived one)
    QString reason;           // for people: which agent, which status or grant

    [[nodiscard]] bool granted() const { return outcome == Outcome::Granted; }
};

} // namespace scopevault
