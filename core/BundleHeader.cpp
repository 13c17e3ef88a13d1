#include "BundleHeader.h"

#include "BinaryReader.h"
#include "BinaryWriter.h"
#include "BundleError.h"

#include <QCoreApplication>

namespace scopevault {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BundleHeader", text);
}

BundleError damaged(const QString& source, const QString& why)
{
    return BundleError(BundleError::Reason::Damaged,
                       tr("%1 is not a usable bundle: %2").arg(source, why));
}

QByteArray take(const unsigned char* p, int count)
{
    return QByteArray(reinterpret_cast<const char*>(p), count);
}

} // namespace

QByteArray BundleHeader::encode() const
{
    const QByteArray name = agent.toUtf8();
    QByteArray out(FixedBytes + name.size(), Qt::Uninitialized);
    BinaryWriter writer(reinterpret_cast<unsigned char*>(out.data()),
                        static_cast<std::size_t>(out.size()));
    writer.bytes(Magic.data(), static_cast<std::size_t>(Magic.size()));
    writer.u16(version);
    writer.u16(flags);
    writer.bytes(bundleId.constData(), IdBytes);
    writer.u64(static_cast<quint64>(createdMs));
    writer.u64(static_cast<quint64>(expiresMs));
    writer.bytes(vaultKeyFingerprint.constData(), FingerprintBytes);
    writer.bytes(agentKeyFingerprint.constData(), FingerprintBytes);
    writer.bytes(sealedFileKey.constData(), SealedKeyBytes);
    writer.bytes(nonce.constData(), NonceBytes);
    writer.u32(ciphertextBytes);
    writer.u8(static_cast<quint8>(name.size()));
    writer.bytes(name.constData(), static_cast<std::size_t>(name.size()));
    return out;
}

qint64 BundleHeader::fileSize() const
{
    return FixedBytes + agent.toUtf8().size() + qint64(ciphertextBytes) + SignatureBytes;
}

BundleHeader BundleHeader::parse(QByteArrayView file, const QString& source)
{
    BinaryReader reader(reinterpret_cast<const unsigned char*>(file.data()),
                        static_cast<std::size_t>(file.size()));
    const unsigned char* p = nullptr;
    if (!reader.bytes(static_cast<std::size_t>(Magic.size()), p) ||
        QByteArrayView(p, Magic.size()) != Magic) {
        throw damaged(source, tr("it does not start with the Scopevault bundle magic"));
    }
    BundleHeader header;
    if (!reader.u16(header.version)) {
        throw damaged(source, tr("it is truncated (%1 bytes)").arg(file.size()));
    }
    if (header.version != CurrentVersion) {
        throw BundleError(BundleError::Reason::UnsupportedVersion,
                          tr("%1 uses bundle format version %2; this reader knows version %3")
                              .arg(source)
                              .arg(header.version)
                              .arg(CurrentVersion));
    }
    quint64 created = 0;
    quint64 expires = 0;
    quint8 nameBytes = 0;
    const unsigned char *id = nullptr, *vaultFp = nullptr, *agentFp = nullptr, *sealed = nullptr,
                        *nonce = nullptr, *name = nullptr;
    const bool complete =
        reader.u16(header.flags) && reader.bytes(IdBytes, id) && reader.u64(created) &&
        reader.u64(expires) && reader.bytes(FingerprintBytes, vaultFp) &&
        reader.bytes(FingerprintBytes, agentFp) && reader.bytes(SealedKeyBytes, sealed) &&
        reader.bytes(NonceBytes, nonce) && reader.u32(header.ciphertextBytes) &&
        reader.u8(nameBytes) && reader.bytes(nameBytes, name);
    if (!complete) {
        throw damaged(source, tr("it is truncated (%1 bytes)").arg(file.size()));
    }
    if (header.flags != 0) {
        throw damaged(source, tr("unknown header flags %1").arg(header.flags));
    }
    if (nameBytes == 0) {
        throw damaged(source, tr("the agent name is empty"));
    }
    if (header.ciphertextBytes < 16 || header.ciphertextBytes > MaxCiphertextBytes) {
        throw damaged(source,
                      tr("the payload length %1 is out of range").arg(header.ciphertextBytes));
    }
    header.bundleId = take(id, IdBytes);
    header.createdMs = static_cast<qint64>(created);
    header.expiresMs = static_cast<qint64>(expires);
    header.vaultKeyFingerprint = take(vaultFp, FingerprintBytes);
    header.agentKeyFingerprint = take(agentFp, FingerprintBytes);
    header.sealedFileKey = take(sealed, SealedKeyBytes);
    header.nonce = take(nonce, NonceBytes);
    header.agent = QString::fromUtf8(take(name, nameBytes));
    const qint64 expected = header.fileSize();
    if (file.size() < expected) {
        throw damaged(source,
                      tr("it is truncated (%1 of %2 bytes)").arg(file.size()).arg(expected));
    }
    if (file.size() > expected) {
        throw damaged(
            source,
            tr("it has %1 unexpected bytes after the signature").arg(file.size() - expected));
    }
    return header;
}

} // namespace scopevault
