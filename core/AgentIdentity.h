#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace scopevault {

/// An agent's X25519 key pair, kept on the agent's host in an identity file (mode 0600).
/// The secret key lives in secure memory; only the public key goes to the admin.
/// File format: docs/BUNDLE-FORMAT.md, "Identity file".
class AgentIdentity final
{
public:
    static constexpr int KeyBytes = 32;

    [[nodiscard]] static AgentIdentity generate();
    /// Reads an identity file. Throws VaultError naming the file and line: NotFound, Usage
    /// (not an identity file), Denied (readable by others: fix its mode, as ssh asks).
    [[nodiscard]] static AgentIdentity load(const QString& path);
    /// Writes a new identity file with mode 0600; never replaces an existing file.
    void save(const QString& path) const;

    [[nodiscard]] const QByteArray& publicKey() const { return m_publicKey; }
    [[nodiscard]] QString publicKeyBase64() const;
    [[nodiscard]] QString fingerprint() const;
    [[nodiscard]] const SecureBuffer& secretKey() const { return m_secretKey; }

private:
    explicit AgentIdentity(SecureBuffer secretKey);

    SecureBuffer m_secretKey;
    QByteArray m_publicKey;
};

} // namespace scopevault
