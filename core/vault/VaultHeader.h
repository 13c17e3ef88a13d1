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
    /// 1: no commitment to the whole vault (upgraded to 2 on the first unlock).
    /// 2: a sealed commitment (store/VaultState.h) binds every record, the audit head and
    /// this header.
    static constexpr int FirstFormatVersion = 1;
    static constexpr int CurrentFormatVersion = 2;
    static constexpr int VaultIdBytes = 16;

    int formatVersion = CurrentFormatVersion;
    QByteArray vaultId;
    KdfParams kdf;
    QByteArray salt;
    qint64 createdMs = 0;
    QByteArray wrappedKey; // nonce || XChaCha20-Poly1305(vault key)
};

} // namespace scopevault
