#pragma once

#include "AgentIdentity.h"
#include "BundleHeader.h"
#include "OpenedBundle.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace scopevault {

class Clock;

/// Checks and decrypts bundle files on the agent's host, in the order the format specifies
/// (docs/BUNDLE-FORMAT.md, "Opening"): structure, version, pinned vault key, signature,
/// recipient, validity period, then decryption. Every refusal throws BundleError before any
/// secret is produced.
class BundleOpener final
{
public:
    /// How far in the future a bundle's creation time may lie (clocks differ).
    static constexpr qint64 ClockSkewMs = 5LL * 60 * 1000;

    explicit BundleOpener(const Clock& clock)
        : m_clock(clock)
    {}

    /// Header fields only; no key needed, nothing verified beyond the structure.
    [[nodiscard]] static BundleHeader inspect(QByteArrayView file, const QString& source);
    /// Decodes a pinned vault key: base64 of the 32-byte Ed25519 public key. Throws
    /// VaultError(Usage).
    [[nodiscard]] static QByteArray parseVaultKey(const QString& base64);

    [[nodiscard]] OpenedBundle open(QByteArrayView file, const QString& source,
                                    const AgentIdentity& identity,
                                    const QByteArray& vaultPublicKey) const;

private:
    const Clock& m_clock;
};

} // namespace scopevault
