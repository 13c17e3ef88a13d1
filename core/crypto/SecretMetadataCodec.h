#pragma once

#include "secrets/SecretRef.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace scopevault {

/// The plaintext of a record's metadata field: reference and description, as CBOR.
class SecretMetadataCodec final
{
public:
    struct Metadata
    {
        SecretRef ref;
        QString description;
    };

    [[nodiscard]] static QByteArray encode(const Metadata& metadata);
    /// Returns nothing when the bytes are not a well-formed metadata map.
    [[nodiscard]] static std::optional<Metadata> decode(const QByteArray& bytes);
};

} // namespace scopevault
