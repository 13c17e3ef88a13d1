#include "audit/AuditChain.h"

#include <QtEndian>

#include <sodium.h>

#include <cstring>

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

void appendBytes(QByteArray& out, QByteArrayView bytes)
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
    const QByteArray action = record.action.toUtf8();
    const QByteArray outcome = record.outcome.toUtf8();
    QByteArray out;
    encodeInto(out, {record.seq,
                     record.timeMs,
                     action,
                     outcome,
                     record.actorTag,
                     record.targetTag,
                     record.payload,
                     record.sealed,
                     record.prevHash,
                     {}});
    return out;
}

void AuditChain::encodeInto(QByteArray& out, const AuditRow& row)
{
    out.resize(0); // keeps the capacity
    out.append("SV1-audit");
    appendU64(out, static_cast<quint64>(row.seq));
    appendU64(out, static_cast<quint64>(row.timeMs));
    appendBytes(out, row.action);
    appendBytes(out, row.outcome);
    appendBytes(out, row.actorTag);
    appendBytes(out, row.targetTag);
    out.append(static_cast<char>(row.sealed ? 1 : 0));
    appendBytes(out, row.payload);
    out.append(row.prevHash);
}

void AuditChain::hashRow(const AuditRow& row, unsigned char* out, const SecureBuffer* key)
{
    // Everything before the payload goes through one small buffer: three BLAKE2b updates per
    // row instead of a dozen (per-update overhead dominated verification).
    unsigned char head[512];
    std::size_t used = 0;
    const auto put = [&](const void* data, std::size_t size) {
        if (size > 0) { // an empty column's view has no data pointer at all
            std::memcpy(head + used, data, size);
            used += size;
        }
    };
    const auto putLength = [&](std::size_t size) {
        unsigned char length[4];
        qToLittleEndian<quint32>(static_cast<quint32>(size), length);
        put(length, 4);
    };
    const std::size_t fields = static_cast<std::size_t>(row.action.size() + row.outcome.size() +
                                                        row.actorTag.size() + row.targetTag.size());
    if (fields > sizeof head - 64) {
        hashInto(encode(AuditRecord{row.seq,
                                    row.timeMs,
                                    QString::fromUtf8(row.action),
                                    QString::fromUtf8(row.outcome),
                                    row.actorTag.toByteArray(),
                                    row.targetTag.toByteArray(),
                                    row.payload.toByteArray(),
                                    row.sealed,
                                    row.prevHash.toByteArray(),
                                    {}}),
                 out, key);
        return;
    }
    put("SV1-audit", 9);
    unsigned char numbers[16];
    qToLittleEndian<quint64>(static_cast<quint64>(row.seq), numbers);
    qToLittleEndian<quint64>(static_cast<quint64>(row.timeMs), numbers + 8);
    put(numbers, sizeof numbers);
    for (const QByteArrayView field : {row.action, row.outcome, row.actorTag, row.targetTag}) {
        putLength(static_cast<std::size_t>(field.size()));
        put(field.data(), static_cast<std::size_t>(field.size()));
    }
    const unsigned char sealed = row.sealed ? 1 : 0;
    put(&sealed, 1);
    putLength(static_cast<std::size_t>(row.payload.size()));
    crypto_generichash_state state;
    crypto_generichash_init(&state, key ? key->data() : nullptr, key ? key->size() : 0, HashBytes);
    crypto_generichash_update(&state, head, used);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(row.payload.data()),
                              static_cast<unsigned long long>(row.payload.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(row.prevHash.data()),
                              static_cast<unsigned long long>(row.prevHash.size()));
    crypto_generichash_final(&state, out, HashBytes);
}

void AuditChain::hashInto(const QByteArray& encoding, unsigned char* out, const SecureBuffer* key)
{
    crypto_generichash(out, HashBytes, reinterpret_cast<const unsigned char*>(encoding.constData()),
                       static_cast<unsigned long long>(encoding.size()),
                       key ? key->data() : nullptr, key ? key->size() : 0);
}

QByteArray AuditChain::hashOf(const AuditRecord& record, const SecureBuffer* key)
{
    QByteArray out(HashBytes, Qt::Uninitialized);
    hashInto(encode(record), reinterpret_cast<unsigned char*>(out.data()), key);
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
