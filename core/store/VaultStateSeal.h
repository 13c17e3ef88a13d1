#pragma once

#include "store/VaultState.h"

#include "SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace scopevault {

/// Encodes a VaultState with its MAC (keyed BLAKE2b-256), and checks and decodes one.
class VaultStateSeal final
{
public:
    [[nodiscard]] static QByteArray seal(const VaultState& state, const SecureBuffer& key);
    /// The vault id of a sealed state, readable without the key (so that a foreign header can
    /// be told from a damaged state); empty when malformed.
    [[nodiscard]] static QByteArray vaultIdOf(const QByteArray& sealed);
    /// Throws VaultError(Integrity) naming `location` when the state is malformed or its MAC
    /// does not verify.
    [[nodiscard]] static VaultState open(const QByteArray& sealed, const SecureBuffer& key,
                                         const QString& location);
};

} // namespace scopevault
