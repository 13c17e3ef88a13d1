#include "AuditChain.h"

#include <QtEndian>

#include <sodium.h>

namespace scopevault {

namespace {

void appendU64(QByteArray& out, quint64 value)
{
    char bytes[8];
    qToLittleEndian<quint64>(value, bytes);
    out.append(bytes, 8);
}

void appendU32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian<quint32>(value, bytes);
    out.append(bytes, 4);
}

void appendBytes(QByteArray& out, const QByteArray& bytes)
{
    appendU32(out, static_cast<quint32>(bytes.size()));
    out.append(bytes);
}

} // namespace

QByteArray AuditChain::genesis(const QByteArray& vaultId)
{
    QByteArray input("scopevault-audit-genesis");
    input.append(vaultId);
    QByteArray out(HashBytes, Qt::Uninitialized);
    hashInto(input, reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

// "SV1-audit" || u64 seq || u64 time_ms || bytes(action) || bytes(outcome) || bytes(actor_tag)
// || bytes(target_tag) || u8 sealed || bytes(payload) || prev_hash (32); integers little
// endian, bytes(x) = u32 length || x.
QByteArray AuditChain::encode(const AuditRecord& record)
{
    QByteArray out;
    out.reserve(96 + record.payload.size() + record.actorTag.size() + record.targetTag.size());
    out.append("SV1-audit");
    appendU64(out, static_cast<quint64>(record.seq));
    appendU64(out, static_cast<quint64>(record.timeMs));
    appendBytes(out, record.action.toUtf8());
    appendBytes(out, record.outcome.toUtf8());
    appendBytes(out, record.actorTag);
    appendBytes(out, record.targetTag);
    out.append(static_cast<char>(record.sealed ? 1 : 0));
    appendBytes(out, record.payload);
    out.append(record.prevHash);
    return out;
}

void AuditChain::hashInto(const QByteArray& encoding, unsigned char* out)
{
    crypto_generichash(out, HashBytes, reinterpret_cast<const unsigned char*>(encoding.constData()),
                       static_cast<unsigned long long>(encoding.size()), nullptr, 0);
}

QByteArray AuditChain::hashOf(const AuditRecord& record)
{
    QByteArray out(HashBytes, Qt::Uninitialized);
    hashInto(encode(record), reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

// "SV1-checkpoint" || vault id || u64 seq || u64 time_ms || hash
QByteArray AuditChain::checkpointMessage(const QByteArray& vaultId,
                                         const AuditCheckpoint& checkpoint)
{
    QByteArray out("SV1-checkpoint");
    out.append(vaultId);
    appendU64(out, static_cast<quint64>(checkpoint.seq));
    appendU64(out, static_cast<quint64>(checkpoint.timeMs));
    out.append(checkpoint.hash);
    return out;
}

QByteArray AuditChain::sign(const QByteArray& message, const unsigned char* secretKey)
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()), secretKey);
    return signature;
}

bool AuditChain::verify(const QByteArray& message, const QByteArray& signature,
                        const QByteArray& publicKey)
{
    return signature.size() == crypto_sign_BYTES &&
           publicKey.size() == crypto_sign_PUBLICKEYBYTES &&
           crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char*>(signature.constData()),
               reinterpret_cast<const unsigned char*>(message.constData()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

} // namespace scopevault
