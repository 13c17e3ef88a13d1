#include "AgentCommands.h"
#include "catalog/AgentName.h"

#include "CliContext.h"
#include "catalog/AgentService.h"
#include "catalog/GrantService.h"
#include "text/Moment.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace scopevault {

namespace {

QString isoOrEmpty(const std::optional<QDateTime>& time)
{
    return time ? time->toString(Qt::ISODate) : QString();
}

QString created(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject agentJson(const Agent& agent)
{
    return {{QStringLiteral("name"), agent.name},
            {QStringLiteral("status"), Agent::statusName(agent.status)},
            {QStringLiteral("publicKey"), QString::fromLatin1(agent.publicKey.toBase64())},
            {QStringLiteral("fingerprint"), agent.fingerprint()},
            {QStringLiteral("description"), agent.description},
            {QStringLiteral("created"), created(agent.createdMs)}};
}

QJsonObject grantJson(const Grant& grant, const QDateTime& now)
{
    return {{QStringLiteral("agent"), grant.agent},
            {QStringLiteral("target"), grant.target.toString()},
            {QStringLiteral("until"), isoOrEmpty(grant.until)},
            {QStringLiteral("expired"), grant.isExpiredAt(now)},
            {QStringLiteral("created"), created(grant.createdMs)}};
}

QString grantLine(const Grant& grant, const QDateTime& now)
{
    QString line = grant.agent + QStringLiteral(" -> ") + grant.target.toString();
    if (grant.until) {
        line +=
            (grant.isExpiredAt(now) ? QCoreApplication::translate("AgentCommands", "  (expired %1)")
                                    : QCoreApplication::translate("AgentCommands", "  (until %1)"))
                .arg(grant.until->toString(Qt::ISODate));
    }
    if (!grant.target.isSecret() && grant.target.scope().kind() == Scope::Kind::System) {
        line += QCoreApplication::translate("AgentCommands", "  [system: every action]");
    }
    return line;
}

int runAdd(CliContext& context)
{
    if (!context.parser().isSet(QStringLiteral("public-key"))) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("AgentCommands",
                                                     "agent add needs --public-key B64 (from "
                                                     "'scopevault-agent keygen')"));
    }
    const QString name = context.arguments().at(0);
    AgentService agents(context.unlockedService());
    agents.add(AgentName::parse(name), context.parser().value(QStringLiteral("public-key")),
               context.parser().value(QStringLiteral("description")));
    context.print(
        QCoreApplication::translate("AgentCommands", "Added agent %1 (key fingerprint %2)")
            .arg(name, agents.get(name).fingerprint()));
    return 0;
}

int runList(CliContext& context)
{
    const QList<Agent> agents = AgentService(context.unlockedService()).list();
    if (context.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Agent& agent : agents) {
            array.append(agentJson(agent));
        }
        context.printJson(array);
        return 0;
    }
    for (const Agent& agent : agents) {
        context.print(QStringLiteral("%1  %2  %3")
                          .arg(agent.name.leftJustified(20),
                               Agent::statusName(agent.status).leftJustified(9),
                               agent.description));
    }
    return 0;
}

int runShow(CliContext& context)
{
    VaultService& vault = context.unlockedService();
    const Agent agent = AgentService(vault).get(context.arguments().at(0));
    const QList<Grant> grants = GrantService(vault).list(agent.name);
    const QDateTime now = vault.clock().nowUtc();
    if (context.parser().isSet(QStringLiteral("json"))) {
        QJsonObject object = agentJson(agent);
        QJsonArray array;
        for (const Grant& grant : grants) {
            array.append(grantJson(grant, now));
        }
        object.insert(QStringLiteral("grants"), array);
        context.printJson(object);
        return 0;
    }
    context.print(QCoreApplication::translate("AgentCommands", "Agent:       %1").arg(agent.name));
    context.print(QCoreApplication::translate("AgentCommands", "Status:      %1")
                      .arg(Agent::statusName(agent.status)));
    context.print(QCoreApplication::translate("AgentCommands", "Public key:  %1")
                      .arg(QString::fromLatin1(agent.publicKey.toBase64())));
    context.print(
        QCoreApplication::translate("AgentCommands", "Fingerprint: %1").arg(agent.fingerprint()));
    context.print(QCoreApplication::translate("AgentCommands", "Created:     %1")
                      .arg(created(agent.createdMs)));
    context.print(
        QCoreApplication::translate("AgentCommands", "Description: %1").arg(agent.description));
    context.print(QCoreApplication::translate("AgentCommands", "Grants:"));
    for (const Grant& grant : grants) {
        context.print(QStringLiteral("  ") + grantLine(grant, now));
    }
    return 0;
}

int runDescribe(CliContext& context)
{
    AgentService(context.unlockedService())
        .describe(context.arguments().at(0), context.arguments().at(1));
    return 0;
}

int runStatus(CliContext& context, Agent::Status status)
{
    const QString name = context.arguments().at(0);
    if (status == Agent::Status::Revoked && !context.parser().isSet(QStringLiteral("yes")) &&
        !context.confirm(
            QCoreApplication::translate("AgentCommands", "Revoke agent '%1'? Revocation is final.")
                .arg(name))) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate(
                             "AgentCommands", "not revoked: confirm on a terminal, or pass --yes"));
    }
    AgentService(context.unlockedService()).setStatus(name, status);
    context.print(QCoreApplication::translate("AgentCommands", "Agent %1 is %2")
                      .arg(name, Agent::statusName(status)));
    return 0;
}

int runGrant(CliContext& context)
{
    const QString agent = context.arguments().at(0);
    const GrantTarget target = GrantTarget::parse(context.arguments().at(1));
    std::optional<QDateTime> until;
    if (context.parser().isSet(QStringLiteral("until"))) {
        until = context.momentValue("until", Moment::DayEdge::End);
    }
    VaultService& vault = context.unlockedService();
    const Grant grant = GrantService(vault).grant(agent, target, until);
    if (!target.isSecret() && target.scope().kind() == Scope::Kind::System) {
        context.warn(QCoreApplication::translate(
                         "AgentCommands",
                         "'system' is the broadest grant: %1 may now receive the declared secrets "
                         "of every action, present and future")
                         .arg(agent));
    }
    context.print(QCoreApplication::translate("AgentCommands", "Granted: %1")
                      .arg(grantLine(grant, vault.clock().nowUtc())));
    return 0;
}

int runRevokeGrant(CliContext& context)
{
    const QString agent = context.arguments().at(0);
    const GrantTarget target = GrantTarget::parse(context.arguments().at(1));
    GrantService(context.unlockedService()).revoke(agent, target);
    context.print(QCoreApplication::translate("AgentCommands", "Revoked grant: %1 -> %2")
                      .arg(agent, target.toString()));
    return 0;
}

int runGrants(CliContext& context)
{
    std::optional<QString> agent;
    if (context.parser().isSet(QStringLiteral("agent"))) {
        agent = context.parser().value(QStringLiteral("agent"));
    }
    VaultService& vault = context.unlockedService();
    const QList<Grant> grants = GrantService(vault).list(agent);
    const QDateTime now = vault.clock().nowUtc();
    if (context.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Grant& grant : grants) {
            array.append(grantJson(grant, now));
        }
        context.printJson(array);
        return 0;
    }
    for (const Grant& grant : grants) {
        context.print(grantLine(grant, now));
    }
    return 0;
}

} // namespace

QList<CliCommand> AgentCommands::all()
{
    using S = Agent::Status;
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("AgentCommands", "Print JSON."));
    return {
        {QStringLiteral("agent add"),
         QStringLiteral("NAME"),
         QCoreApplication::translate("AgentCommands", "Register an agent."),
         {{QStringLiteral("public-key"),
           QCoreApplication::translate("AgentCommands", "Its X25519 public key, base64."),
           QCoreApplication::translate("AgentCommands", "b64")},
          {QStringLiteral("description"),
           QCoreApplication::translate("AgentCommands", "A description."),
           QCoreApplication::translate("AgentCommands", "text")}},
         1,
         1,
         runAdd},
        {QStringLiteral("agent list"),
         QString(),
         QCoreApplication::translate("AgentCommands", "List agents."),
         {json},
         0,
         0,
         runList},
        {QStringLiteral("agent show"),
         QStringLiteral("NAME"),
         QCoreApplication::translate("AgentCommands",
                                     "An agent's key fingerprint, status and grants."),
         {json},
         1,
         1,
         runShow},
        {QStringLiteral("agent describe"),
         QStringLiteral("NAME TEXT"),
         QCoreApplication::translate("AgentCommands", "Set a description."),
         {},
         2,
         2,
         runDescribe},
        {QStringLiteral("agent suspend"),
         QStringLiteral("NAME"),
         QCoreApplication::translate("AgentCommands",
                                     "Stop delivering anything to the agent until resumed."),
         {},
         1,
         1,
         [](CliContext& c) {
             return runStatus(c, S::Suspended);
         }},
        {QStringLiteral("agent resume"),
         QStringLiteral("NAME"),
         QCoreApplication::translate("AgentCommands", "Undo a suspension."),
         {},
         1,
         1,
         [](CliContext& c) {
             return runStatus(c, S::Active);
         }},
        {QStringLiteral("agent revoke"),
         QStringLiteral("NAME"),
         QCoreApplication::translate("AgentCommands",
                                     "Revoke the agent for good (asks, or --yes)."),
         {{QStringLiteral("yes"), QCoreApplication::translate("AgentCommands", "Do not ask.")}},
         1,
         1,
         [](CliContext& c) {
             return runStatus(c, S::Revoked);
         }},
        {QStringLiteral("grant"),
         QStringLiteral("AGENT TARGET"),
         QCoreApplication::translate(
             "AgentCommands", "Let AGENT read TARGET: system, PACK, PACK/ACTION or SCOPE:NAME."),
         {{QStringLiteral("until"),
           QCoreApplication::translate("AgentCommands",
                                       "Expiry: YYYY-MM-DD (end of day, UTC) or ISO date-time."),
           QCoreApplication::translate("AgentCommands", "date")}},
         2,
         2,
         runGrant},
        {QStringLiteral("revoke-grant"),
         QStringLiteral("AGENT TARGET"),
         QCoreApplication::translate("AgentCommands", "Remove a grant."),
         {},
         2,
         2,
         runRevokeGrant},
        {QStringLiteral("grants"),
         QString(),
         QCoreApplication::translate("AgentCommands", "List grants."),
         {{QStringLiteral("agent"),
           QCoreApplication::translate("AgentCommands", "Only this agent's."),
           QCoreApplication::translate("AgentCommands", "name")},
          json},
         0,
         0,
         runGrants},
    };
}

} // namespace scopevault
