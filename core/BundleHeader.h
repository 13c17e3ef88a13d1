#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

namespace scopevault {

/// The clear part of a bundle file (docs/BUNDLE-FORMAT.md, "Header"): readable without any
/// key, authenticated as the AEAD's associated data and by the vault's signature.
struct BundleHeader
{
    static constexpr QByteArrayView Magic = "SVBUNDLE";
    static constexpr quint16 CurrentVersion = 1;
    static constexpr int IdBytes = 16;
    static constexpr int FingerprintBytes = 16;
    static constexpr int SealedKeyBytes = 80; // crypto_box_SEALBYTES + 32
    static constexpr int NonceBytes = 24;     // XChaCha20-Poly1305
    static constexpr int FixedBytes = 185;    // everything before the agent name
    static constexpr int SignatureBytes = 64; // Ed25519, at the end of the file
    static constexpr quint32 MaxCiphertextBytes = 64u << 20;

    quint16 version = CurrentVersion;
    quint16 flags = 0;
    QByteArray bundleId;
    qint64 createdMs = 0;
    qint64 expiresMs = 0;
    QByteArray vaultKeyFingerprint;
    QByteArray agentKeyFingerprint;
    QByteArray sealedFileKey;
    QByteArray nonce;
    quint32 ciphertextBytes = 0;
    QString agent;

    /// The header's bytes, exactly as they appear at the start of the file.
    [[nodiscard]] QByteArray encode() const;
    /// Size of the whole file this header describes.
    [[nodiscard]] qint64 fileSize() const;
    /// Parses the header of a whole bundle file and checks that the file's size is exactly
    /// what the header says. Throws BundleError (Damaged, UnsupportedVersion) naming `source`.
    [[nodiscard]] static BundleHeader parse(QByteArrayView file, const QString& source);
    [[nodiscard]] QString idText() const { return QString::fromLatin1(bundleId.toHex()); }
};

} // namespace scopevault
