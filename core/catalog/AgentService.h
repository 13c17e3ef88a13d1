#pragma once

#include "catalog/Agent.h"
#include "catalog/AgentName.h"

#include <QList>
#include <QString>

namespace scopevault {

class VaultService;
class VaultStore;

/// Agents: identities with an X25519 public key and a status (revoked is final).
class AgentService final
{
public:
    explicit AgentService(VaultService& vault);

    /// Decodes and checks a base64 X25519 public key. Throws VaultError(Usage) saying why a
    /// key is refused (not base64, wrong length, a low-order point).
    [[nodiscard]] static QByteArray parsePublicKey(const QString& base64);

    /// Registers an active agent (AgentName::parse checks the name where it comes in).
    void add(const AgentName& name, const QString& publicKeyBase64, const QString& description);
    [[nodiscard]] Agent get(const QString& name);
    [[nodiscard]] QList<Agent> list();
    void describe(const QString& name, const QString& description);
    /// Suspend, resume (back to active) or revoke. A revoked agent cannot change again.
    void setStatus(const QString& name, Agent::Status status);

private:
    VaultStore& m_store;
};

} // namespace scopevault
