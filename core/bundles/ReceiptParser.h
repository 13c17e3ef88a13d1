#pragma once

#include "Receipt.h"

#include <QJsonObject>

namespace scopevault {

/// Reads the receipt lines scopevault-agent writes (Receipt::toJsonLine) back in the vault.
class ReceiptParser final
{
public:
    /// Throws VaultError(Usage) naming the field that is missing or malformed.
    [[nodiscard]] static Receipt fromJson(const QJsonObject& object);
};

} // namespace scopevault
