#pragma once

#include "catalog/Declaration.h"
#include "catalog/Scope.h"

#include <QList>
#include <QString>

#include <optional>

namespace scopevault {

/// For each action, each declared secret and whether it can be delivered.
struct CoverageReport
{
    enum class State
    {
        Resolved,
        MissingRequired,
        MissingOptional,
        NotGranted, // resolved or not, the agent asked about may not receive it
    };

    struct Item
    {
        Scope action;
        Declaration declaration;
        State state = State::MissingRequired;
        std::optional<Scope> supplier;
    };

    QList<Item> items;
    QList<Scope> actionsDeclaringNothing;
    QString agentNote; // with an agent: why it may not receive an action, when it may not

    /// Every required secret resolves (and, with an agent, is granted to it).
    [[nodiscard]] bool complete() const;
    [[nodiscard]] static QString stateName(State state);
};

} // namespace scopevault
