#pragma once

#include "SecureBuffer.h"

#include <string>

namespace scopevault {

/// An agent's X25519 key pair, kept on the agent's host in an identity file (mode 0600).
/// The secret key lives in secure memory; only the public key goes to the admin.
/// File format: docs/BUNDLE-FORMAT.md, "Identity file".
class AgentIdentity final
{
public:
    static constexpr int KeyBytes = 32;

    [[nodiscard]] static AgentIdentity generate();
    /// Reads an identity file. Throws AgentError naming the file and line: NotFound, Usage
    /// (not an identity file), Denied (readable by others: fix its mode, as ssh asks).
    [[nodiscard]] static AgentIdentity load(const std::string& path);
    /// Writes a new identity file with mode 0600; never replaces an existing file.
    /// `createdIso` is written as a comment.
    void save(const std::string& path, const std::string& createdIso) const;

    /// The raw 32-byte public key.
    [[nodiscard]] const std::string& publicKey() const { return m_publicKey; }
    [[nodiscard]] std::string publicKeyBase64() const;
    [[nodiscard]] std::string fingerprint() const;
    [[nodiscard]] const SecureBuffer& secretKey() const { return m_secretKey; }

private:
    explicit AgentIdentity(SecureBuffer secretKey);

    SecureBuffer m_secretKey;
    std::string m_publicKey;
};

} // namespace scopevault
