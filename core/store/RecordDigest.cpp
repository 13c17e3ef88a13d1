#include "store/RecordDigest.h"

#include "crypto/HashInput.h"

namespace scopevault {

QByteArray RecordDigest::of(const SecretRecord& record)
{
    return HashInput("SV2-secret")
        .blob(record.id)
        .blob(record.refTag)
        .u64(record.version)
        .u64(static_cast<quint64>(record.createdMs))
        .u64(static_cast<quint64>(record.updatedMs))
        .blob(record.metadata)
        .blob(record.value)
        .blob(record.notes)
        .digest();
}

QByteArray RecordDigest::of(const ObjectRecord& record)
{
    return HashInput("SV2-object")
        .blob(record.id)
        .blob(record.tag)
        .u64(record.version)
        .u64(static_cast<quint64>(record.createdMs))
        .u64(static_cast<quint64>(record.updatedMs))
        .blob(record.payload)
        .digest();
}

QByteArray RecordDigest::of(const BundleRecord& record)
{
    return HashInput("SV2-bundle")
        .blob(record.id)
        .u64(static_cast<quint64>(record.createdMs))
        .u64(static_cast<quint64>(record.expiresMs))
        .blob(record.payload)
        .digest();
}

QByteArray RecordDigest::of(const VersionRecord& record)
{
    return HashInput("SV2-version")
        .blob(record.secretId)
        .u64(record.version)
        .u64(static_cast<quint64>(record.changedMs))
        .blob(record.info)
        .blob(record.value)
        .digest();
}

QByteArray RecordDigest::ofReceipt(const QByteArray& tag, qint64 importedMs)
{
    return HashInput("SV2-receipt").blob(tag).u64(static_cast<quint64>(importedMs)).digest();
}

} // namespace scopevault
