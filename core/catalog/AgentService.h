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
    /// The public key in what an admin pasted: the key alone, or the whole output of
    /// `scopevault-agent keygen` (its key line and its "Register it with … --public-key KEY"
    /// hint). A text naming two different keys, or none, is returned as it is, so that
    /// parsePublicKey says what is wrong with it.
    [[nodiscard]] static QString keyInPastedText(const QString& pasted);

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
