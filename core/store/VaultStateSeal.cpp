#include "store/VaultStateSeal.h"

#include "crypto/HashInput.h"
#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QtEndian>

#include <sodium.h>

namespace scopevault {

namespace {

constexpr QByteArrayView Domain("SV2-state");
constexpr int IdBytes = 16;
constexpr int HashBytes = HashInput::DigestBytes;
// domain, id, seq, root, head seq, head hash (u32 length || bytes), keyed-from, checkpoints,
// header digest, then the MAC.
constexpr int FixedBytes = 9 + IdBytes + 8 + HashBytes + 8 + 4 + 8 + 8 + HashBytes;

HashInput encode(const VaultState& state)
{
    HashInput input(Domain);
    input.raw(state.vaultId)
        .u64(state.seq)
        .raw(state.root)
        .u64(static_cast<quint64>(state.auditHeadSeq))
        .blob(state.auditHeadHash)
        .u64(static_cast<quint64>(state.auditKeyedFrom))
        .u64(static_cast<quint64>(state.checkpointCount))
        .raw(state.headerDigest);
    return input;
}

[[noreturn]] void fail(const QString& location, const QString& why)
{
    throw VaultError(ErrorCode::Integrity,
                     QCoreApplication::translate("VaultStateSeal",
                                                 "the commitment of %1 %2: the file was altered, "
                                                 "or rows were replaced by older copies")
                         .arg(location, why));
}

} // namespace

QByteArray VaultStateSeal::seal(const VaultState& state, const SecureBuffer& key)
{
    const HashInput input = encode(state);
    return input.bytes() + input.mac(key);
}

QByteArray VaultStateSeal::vaultIdOf(const QByteArray& sealed)
{
    if (sealed.size() < FixedBytes + HashBytes || !sealed.startsWith(Domain)) {
        return {};
    }
    return sealed.mid(Domain.size(), IdBytes);
}

VaultState VaultStateSeal::open(const QByteArray& sealed, const SecureBuffer& key,
                                const QString& location)
{
    if (sealed.size() < FixedBytes + HashBytes || !sealed.startsWith(Domain)) {
        fail(location, QCoreApplication::translate("VaultStateSeal", "is malformed"));
    }
    const QByteArrayView body(sealed.constData(), sealed.size() - HashBytes);
    const QByteArray expected = HashInput(body).mac(key);
    if (sodium_memcmp(expected.constData(), sealed.constData() + body.size(), HashBytes) != 0) {
        fail(location, QCoreApplication::translate("VaultStateSeal", "does not verify"));
    }
    const auto* p = reinterpret_cast<const uchar*>(sealed.constData()) + Domain.size();
    const auto take = [&](int size) {
        const QByteArray bytes(reinterpret_cast<const char*>(p), size);
        p += size;
        return bytes;
    };
    const auto u64 = [&] {
        const quint64 value = qFromLittleEndian<quint64>(p);
        p += 8;
        return value;
    };
    VaultState state;
    state.vaultId = take(IdBytes);
    state.seq = u64();
    state.root = take(HashBytes);
    state.auditHeadSeq = static_cast<qint64>(u64());
    const quint32 headBytes = qFromLittleEndian<quint32>(p);
    p += 4;
    if (headBytes > HashBytes || body.size() != FixedBytes + static_cast<qsizetype>(headBytes)) {
        fail(location, QCoreApplication::translate("VaultStateSeal", "is malformed"));
    }
    state.auditHeadHash = take(static_cast<int>(headBytes));
    state.auditKeyedFrom = static_cast<qint64>(u64());
    state.checkpointCount = static_cast<qint64>(u64());
    state.headerDigest = take(HashBytes);
    return state;
}

} // namespace scopevault
