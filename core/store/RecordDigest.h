#pragma once

#include "ports/BundleRecord.h"
#include "ports/ObjectRecord.h"
#include "ports/SecretRecord.h"
#include "ports/VersionRecord.h"

#include <QByteArray>

namespace scopevault {

/// The digest of a stored row as the commitment holds it: BLAKE2b-256 over every column, so
/// that any other version of the row (older, altered, from another vault) differs.
class RecordDigest final
{
public:
    [[nodiscard]] static QByteArray of(const SecretRecord& record);
    [[nodiscard]] static QByteArray of(const ObjectRecord& record);
    [[nodiscard]] static QByteArray of(const BundleRecord& record);
    [[nodiscard]] static QByteArray of(const VersionRecord& record);
    [[nodiscard]] static QByteArray ofReceipt(const QByteArray& tag, qint64 importedMs);
};

} // namespace scopevault
