#pragma once

#include "SecureBuffer.h"
#include "vault/VaultHeader.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace scopevault {

/// The unwrapped 256-bit vault key and the subkeys derived from it
/// (crypto_kdf_derive_from_key), each for one purpose only.
class VaultKeys final
{
public:
    static constexpr int KeyBytes = 32;

    /// A fresh random vault key.
    [[nodiscard]] static VaultKeys generate();
    /// Unwraps the vault key in `header` with the key-encryption key. Throws
    /// VaultError(WrongPassphrase) when it does not open (wrong passphrase or edited header).
    [[nodiscard]] static VaultKeys unwrap(const SecureBuffer& kek, const VaultHeader& header);
    /// Wraps this vault key with a key-encryption key, bound to every other header field.
    [[nodiscard]] QByteArray wrap(const SecureBuffer& kek, const VaultHeader& header) const;
    /// The same under any 256-bit key and associated data (quick unlock's keychain key).
    [[nodiscard]] QByteArray wrapUnder(const SecureBuffer& key, QByteArrayView aad) const;
    /// Unwraps what wrapUnder() made; nothing when the key or the associated data differ.
    [[nodiscard]] static std::optional<VaultKeys>
    unwrapFrom(const SecureBuffer& key, const QByteArray& wrapped, QByteArrayView aad);

    /// Key for the per-record AEAD.
    [[nodiscard]] const SecureBuffer& recordKey() const { return m_recordKey; }
    /// Ed25519 key pair that signs audit checkpoints (derived, so only the vault key yields it).
    [[nodiscard]] const SecureBuffer& signingSecretKey() const { return m_signingSecretKey; }
    [[nodiscard]] QByteArray signingPublicKey() const { return m_signingPublicKey; }
    /// Key for keyed BLAKE2b tags of values in audit events (which value, never the value).
    [[nodiscard]] const SecureBuffer& valueTagKey() const { return m_valueTagKey; }
    /// Key of the MAC over the vault's commitment state (store/VaultState.h).
    [[nodiscard]] const SecureBuffer& commitKey() const { return m_commitKey; }
    /// Key of the audit chain's keyed BLAKE2b, so the chain cannot be recomputed without it.
    [[nodiscard]] const SecureBuffer& auditChainKey() const { return m_auditChainKey; }
    /// BLAKE2b-256 of everything in `header` (the wrap's associated data and the wrapped key),
    /// which the commitment state holds so that an older or foreign header is refused.
    [[nodiscard]] static QByteArray headerDigest(const VaultHeader& header);
    /// Key for keyed BLAKE2b lookup tags of references (so names need not be stored in clear).
    [[nodiscard]] const SecureBuffer& indexKey() const { return m_indexKey; }

private:
    explicit VaultKeys(SecureBuffer vaultKey);
    static QByteArray wrapAad(const VaultHeader& header);

    SecureBuffer m_vaultKey;
    SecureBuffer m_recordKey;
    SecureBuffer m_indexKey;
    SecureBuffer m_valueTagKey;
    SecureBuffer m_commitKey;
    SecureBuffer m_auditChainKey;
    SecureBuffer m_signingSecretKey;
    QByteArray m_signingPublicKey;
};

} // namespace scopevault
