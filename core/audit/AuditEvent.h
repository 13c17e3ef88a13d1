#pragma once

#include "audit/AuditAction.h"

#include <QJsonObject>
#include <QString>

namespace scopevault {

/// Something that happened, as a caller reports it. Never holds a secret value: where an
/// event must identify a value, details carry a keyed tag of it (AuditLog::valueTag).
struct AuditEvent
{
    enum class Outcome
    {
        Success,
        Denied,
        Error,
    };

    AuditAction action; // stored by its name (AuditActions), listed in docs/AUDIT.md
    QString target;     // a reference, scope, agent, grant or file; empty for the vault itself
    Outcome outcome = Outcome::Success;
    QJsonObject details;

    [[nodiscard]] static QString outcomeName(Outcome outcome);
};

} // namespace scopevault
