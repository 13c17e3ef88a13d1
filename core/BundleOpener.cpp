#include "BundleOpener.h"

#include "BundleError.h"
#include "Clock.h"
#include "KeyFingerprint.h"
#include "VaultError.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sodium.h>

namespace scopevault {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BundleOpener", text);
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

BundleHeader BundleOpener::inspect(QByteArrayView file, const QString& source)
{
    return BundleHeader::parse(file, source);
}

QByteArray BundleOpener::parseVaultKey(const QString& base64)
{
    const auto decoded = QByteArray::fromBase64Encoding(base64.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != crypto_sign_PUBLICKEYBYTES) {
        throw VaultError(ErrorCode::Usage,
                         tr("the vault key must be the base64 text 'scopevault-cli vault-key' "
                            "prints (32 bytes)"));
    }
    return decoded.decoded;
}

OpenedBundle BundleOpener::open(QByteArrayView file, const QString& source,
                                const AgentIdentity& identity,
                                const QByteArray& vaultPublicKey) const
{
    using Reason = BundleError::Reason;
    OpenedBundle result{BundleHeader::parse(file, source), {}};
    const BundleHeader& header = result.header;

    if (header.vaultKeyFingerprint != KeyFingerprint::of(vaultPublicKey)) {
        throw BundleError(Reason::UnknownVaultKey,
                          tr("%1 is signed by vault key %2, not by the pinned vault key %3")
                              .arg(source, KeyFingerprint::format(header.vaultKeyFingerprint),
                                   KeyFingerprint::text(vaultPublicKey)));
    }
    const qsizetype signedBytes = file.size() - BundleHeader::SignatureBytes;
    const auto* bytes = reinterpret_cast<const unsigned char*>(file.data());
    if (crypto_sign_verify_detached(
            bytes + signedBytes, bytes, static_cast<unsigned long long>(signedBytes),
            reinterpret_cast<const unsigned char*>(vaultPublicKey.constData())) != 0) {
        throw BundleError(Reason::BadSignature,
                          tr("the vault's signature on %1 does not verify: the file was "
                             "altered or damaged")
                              .arg(source));
    }
    if (header.agentKeyFingerprint != KeyFingerprint::of(identity.publicKey())) {
        throw BundleError(Reason::WrongIdentity,
                          tr("%1 was made for agent '%2' (key %3); this identity's key is %4")
                              .arg(source, header.agent,
                                   KeyFingerprint::format(header.agentKeyFingerprint),
                                   identity.fingerprint()));
    }
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    if (now > header.expiresMs) {
        throw BundleError(Reason::Expired,
                          tr("%1 expired at %2 (now %3); ask the admin for a new bundle")
                              .arg(source, iso(header.expiresMs), iso(now)));
    }
    if (header.createdMs > now + ClockSkewMs) {
        throw BundleError(Reason::Expired,
                          tr("%1 was created at %2, in the future (now %3); check this host's "
                             "clock")
                              .arg(source, iso(header.createdMs), iso(now)));
    }

    SecureBuffer fileKey(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_box_seal_open(
            fileKey.data(),
            reinterpret_cast<const unsigned char*>(header.sealedFileKey.constData()),
            static_cast<unsigned long long>(header.sealedFileKey.size()),
            reinterpret_cast<const unsigned char*>(identity.publicKey().constData()),
            identity.secretKey().data()) != 0) {
        throw BundleError(Reason::WrongIdentity,
                          tr("the file key of %1 does not open with this identity").arg(source));
    }
    const qsizetype headerBytes = signedBytes - static_cast<qsizetype>(header.ciphertextBytes);
    SecureBuffer plaintext(header.ciphertextBytes - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long plainBytes = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            plaintext.data(), &plainBytes, nullptr, bytes + headerBytes, header.ciphertextBytes,
            bytes, static_cast<unsigned long long>(headerBytes),
            reinterpret_cast<const unsigned char*>(header.nonce.constData()),
            fileKey.data()) != 0) {
        throw BundleError(Reason::Damaged, tr("the payload of %1 does not decrypt").arg(source));
    }
    result.payload = BundlePayload::parse(std::move(plaintext), source);
    return result;
}

} // namespace scopevault
