#pragma once

#include "secrets/SecretRef.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace scopevault {

/// The plaintext of a record's metadata field: reference, description and when the value last
/// changed, as CBOR.
class SecretMetadataCodec final
{
public:
    struct Metadata
    {
        SecretRef ref;
        QString description;
        /// When the value was last set (0: not recorded, a secret stored before schema 8).
        qint64 changedMs = 0;
        /// The value is held in the OS keychain (keychain/KeychainValues), for listings; the
        /// row's marker is what reading follows.
        bool inKeychain = false;
    };

    [[nodiscard]] static QByteArray encode(const Metadata& metadata);
    /// Returns nothing when the bytes are not a well-formed metadata map.
    [[nodiscard]] static std::optional<Metadata> decode(const QByteArray& bytes);
};

} // namespace scopevault
