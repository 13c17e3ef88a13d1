#include "catalog/AgentService.h"
#include "audit/AuditAction.h"

#include "store/StoreAccess.h"
#include "store/VaultStore.h"

#include "audit/AuditEvent.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include <sodium.h>

namespace scopevault {

AgentService::AgentService(VaultService& vault)
    : m_store(storeOf(vault))
{}

QString AgentService::keyInPastedText(const QString& pasted)
{
    // A 32-byte key is 44 base64 characters ending in one '='.
    static const QRegularExpression keyPattern(
        QStringLiteral("(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{43}=(?![A-Za-z0-9+/=])"));
    QStringList keys;
    for (auto it = keyPattern.globalMatch(pasted); it.hasNext();) {
        const QString key = it.next().captured(0);
        if (!keys.contains(key)) {
            keys << key;
        }
    }
    return keys.size() == 1 ? keys.first() : pasted.trimmed();
}

QByteArray AgentService::parsePublicKey(const QString& base64)
{
    const auto decoded = QByteArray::fromBase64Encoding(base64.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || base64.trimmed().isEmpty()) {
        throw VaultError(
            ErrorCode::Usage,
            QCoreApplication::translate("AgentService", "the public key is not valid base64"));
    }
    const QByteArray key = *decoded;
    if (key.size() != crypto_box_PUBLICKEYBYTES) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate(
                             "AgentService",
                             "the public key has %1 bytes; an X25519 public key has exactly %2 "
                             "(make one with 'scopevault-agent keygen')")
                             .arg(key.size())
                             .arg(crypto_box_PUBLICKEYBYTES));
    }
    // A low-order point would make every shared secret predictable; libsodium refuses to
    // multiply with one, which is the check.
    unsigned char scalar[crypto_scalarmult_SCALARBYTES];
    unsigned char product[crypto_scalarmult_BYTES];
    randombytes_buf(scalar, sizeof scalar);
    const int rc =
        crypto_scalarmult(product, scalar, reinterpret_cast<const unsigned char*>(key.constData()));
    sodium_memzero(scalar, sizeof scalar);
    if (rc != 0) {
        throw VaultError(
            ErrorCode::Usage,
            QCoreApplication::translate(
                "AgentService", "the public key is a low-order point, not a usable X25519 key"));
    }
    return key;
}

void AgentService::add(const AgentName& agentName, const QString& publicKeyBase64,
                       const QString& description)
{
    const QString& name = agentName.text();
    const QByteArray key = parsePublicKey(publicKeyBase64);
    if (m_store.catalog().agent(name)) {
        throw VaultError(ErrorCode::Usage, QCoreApplication::translate(
                                               "AgentService", "an agent named '%1' already exists")
                                               .arg(name));
    }
    for (const Agent& other : m_store.catalog().agents()) {
        if (other.publicKey == key) {
            throw VaultError(ErrorCode::Usage,
                             QCoreApplication::translate(
                                 "AgentService",
                                 "agent '%1' already has this public key; each agent needs its own")
                                 .arg(other.name));
        }
    }
    const Agent agent{name, key, Agent::Status::Active, description,
                      m_store.clock().nowUtc().toMSecsSinceEpoch()};
    m_store.transact([&] {
        m_store.putObject(agent);
        m_store.record({AuditAction::AgentAdded, name, AuditEvent::Outcome::Success,
                        QJsonObject{{QStringLiteral("fingerprint"), agent.fingerprint()}}});
    });
}

Agent AgentService::get(const QString& name)
{
    const Agent* agent = m_store.catalog().agent(name);
    if (!agent) {
        throw VaultError(
            ErrorCode::NotFound,
            QCoreApplication::translate("AgentService", "no agent named '%1'").arg(name));
    }
    return *agent;
}

QList<Agent> AgentService::list()
{
    return m_store.catalog().agents().values();
}

void AgentService::describe(const QString& name, const QString& description)
{
    Agent agent = get(name);
    agent.description = description;
    m_store.transact([&] {
        m_store.putObject(agent);
        m_store.record({AuditAction::AgentDescribed, name, AuditEvent::Outcome::Success, {}});
    });
}

void AgentService::setStatus(const QString& name, Agent::Status status)
{
    Agent agent = get(name);
    if (agent.status == status) {
        return;
    }
    if (!Agent::canChange(agent.status, status)) {
        throw VaultError(ErrorCode::Denied,
                         QCoreApplication::translate(
                             "AgentService",
                             "agent '%1' is revoked; revocation is final (add a new agent with a "
                             "new key instead)")
                             .arg(name));
    }
    agent.status = status;
    const AuditAction action = status == Agent::Status::Active      ? AuditAction::AgentResumed
                               : status == Agent::Status::Suspended ? AuditAction::AgentSuspended
                                                                    : AuditAction::AgentRevoked;
    m_store.transact([&] {
        m_store.putObject(agent);
        m_store.record({action, name, AuditEvent::Outcome::Success, {}});
    });
}

} // namespace scopevault
