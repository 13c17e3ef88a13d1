#pragma once

#include "catalog/AgentName.h"

#include <QString>

namespace scopevault {

/// Who an audit event names: an administrator ("admin:" + OS user) or an agent whose
/// receipt was imported ("agent:" + its name). The only ways to make one are these, so no
/// caller can record an event under an arbitrary name.
class AuditActor final
{
public:
    /// The OS user running this process.
    [[nodiscard]] static AuditActor osUser();
    [[nodiscard]] static AuditActor agent(const AgentName& name);

    /// "admin:alice", "agent:screener": what the log stores (sealed).
    [[nodiscard]] const QString& text() const { return m_text; }

private:
    explicit AuditActor(QString text);

    QString m_text;
};

} // namespace scopevault
