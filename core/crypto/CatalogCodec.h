#pragma once

#include "catalog/CatalogObject.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace scopevault {

/// Plaintext encoding (CBOR) of catalog objects, and the key that names each one.
class CatalogCodec final
{
public:
    [[nodiscard]] static QByteArray encode(const CatalogObject& object);
    /// Nothing when the bytes are not a well-formed object of a known kind.
    [[nodiscard]] static std::optional<CatalogObject> decode(const QByteArray& bytes);
    /// "pack:NAME", "action:PACK/ACTION", "agent:NAME", "grant:AGENT>TARGET", "setting:KEY",
    /// "rotation:TARGET".
    [[nodiscard]] static QString keyOf(const CatalogObject& object);
    [[nodiscard]] static QString packKey(const QString& pack);
    [[nodiscard]] static QString actionKey(const Scope& action);
    [[nodiscard]] static QString agentKey(const QString& agent);
    [[nodiscard]] static QString settingKey(const QString& key);
    /// "rotation:TARGET": the rotation policy of a secret or scope.
    [[nodiscard]] static QString rotationKey(const GrantTarget& target);
    [[nodiscard]] static QString scanKey(const QString& pack);
};

} // namespace scopevault
