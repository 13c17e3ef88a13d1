#pragma once

#include "crypto/KdfParams.h"

#include <QByteArray>
#include <QtGlobal>

namespace scopevault {

/// The unencrypted header of a vault: what is needed to derive the key-encryption key and
/// unwrap the vault key. Every field except wrappedKey is bound to the wrap as associated
/// data, so editing any of them makes the unwrap fail.
struct VaultHeader
{
    static constexpr int CurrentFormatVersion = 1;
    static constexpr int VaultIdBytes = 16;

    int formatVersion = CurrentFormatVersion;
    QByteArray vaultId;
    KdfParams kdf;
    QByteArray salt;
    qint64 createdMs = 0;
    QByteArray wrappedKey; // nonce || XChaCha20-Poly1305(vault key)
};

} // namespace scopevault
