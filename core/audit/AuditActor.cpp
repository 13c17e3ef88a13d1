#include "audit/AuditActor.h"

#include <pwd.h>
#include <unistd.h>

namespace scopevault {

AuditActor::AuditActor(QString text)
    : m_text(std::move(text))
{}

AuditActor AuditActor::osUser()
{
    const passwd* entry = ::getpwuid(::geteuid());
    return AuditActor(QStringLiteral("admin:") + (entry ? QString::fromLocal8Bit(entry->pw_name)
                                                        : QString::number(::geteuid())));
}

AuditActor AuditActor::agent(const AgentName& name)
{
    return AuditActor(QStringLiteral("agent:") + name.text());
}

} // namespace scopevault
