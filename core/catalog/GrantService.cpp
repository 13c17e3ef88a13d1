#include "catalog/GrantService.h"
#include "audit/AuditAction.h"

#include "store/StoreAccess.h"
#include "store/VaultStore.h"

#include "audit/AuditEvent.h"
#include "crypto/CatalogCodec.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace scopevault {

GrantService::GrantService(VaultService& vault)
    : m_store(storeOf(vault))
    , m_secrets(vault)
{}

Grant GrantService::grant(const QString& agentName, const GrantTarget& target,
                          const std::optional<QDateTime>& until)
{
    const Catalog& catalog = m_store.catalog();
    const Agent* agent = catalog.agent(agentName);
    if (!agent) {
        throw VaultError(
            ErrorCode::NotFound,
            QCoreApplication::translate("GrantService", "no agent named '%1'").arg(agentName));
    }
    if (agent->status == Agent::Status::Revoked) {
        throw VaultError(ErrorCode::Denied,
                         QCoreApplication::translate(
                             "GrantService", "agent '%1' is revoked and cannot be granted anything")
                             .arg(agentName));
    }
    if (target.isSecret()) {
        if (!m_secrets.secretExists(*target.secret())) {
            throw VaultError(ErrorCode::NotFound,
                             QCoreApplication::translate("GrantService", "secret '%1' not found")
                                 .arg(target.toString()));
        }
    } else if (!catalog.hasScope(target.scope())) {
        throw VaultError(ErrorCode::NotFound, QCoreApplication::translate(
                                                  "GrantService", "no pack or action '%1' to grant")
                                                  .arg(target.toString()));
    }
    const QDateTime now = m_store.clock().nowUtc();
    if (until && *until <= now) {
        throw VaultError(
            ErrorCode::Usage,
            QCoreApplication::translate("GrantService", "the expiry %1 is already in the past")
                .arg(until->toString(Qt::ISODate)));
    }
    const Grant grant{agentName, target, until, now.toMSecsSinceEpoch()};
    m_store.transact([&] {
        m_store.putObject(grant);
        QJsonObject details{{QStringLiteral("agent"), agentName}};
        if (until) {
            details.insert(QStringLiteral("until"), until->toString(Qt::ISODate));
        }
        m_store.record(
            {AuditAction::GrantCreated, target.toString(), AuditEvent::Outcome::Success, details});
    });
    return grant;
}

void GrantService::revoke(const QString& agent, const GrantTarget& target)
{
    const Grant probe{agent, target, std::nullopt, 0};
    m_store.transact([&] {
        if (!m_store.removeObject(CatalogCodec::keyOf(probe))) {
            throw VaultError(
                ErrorCode::NotFound,
                QCoreApplication::translate("GrantService", "agent '%1' has no grant on '%2'")
                    .arg(agent, target.toString()));
        }
        m_store.record({AuditAction::GrantRevoked, target.toString(), AuditEvent::Outcome::Success,
                        QJsonObject{{QStringLiteral("agent"), agent}}});
    });
}

QList<Grant> GrantService::list(const std::optional<QString>& agent)
{
    if (agent) {
        if (!m_store.catalog().agent(*agent)) {
            throw VaultError(
                ErrorCode::NotFound,
                QCoreApplication::translate("GrantService", "no agent named '%1'").arg(*agent));
        }
        return m_store.catalog().grantsOf(*agent);
    }
    return m_store.catalog().grants().values();
}

} // namespace scopevault
