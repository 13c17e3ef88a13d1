#pragma once

#include "vault/VaultHeader.h"

#include <QHash>
#include <QString>
#include <QVariant>

namespace scopevault {

/// The vault header as the rows of the `header` table (key, value): decoded with every field
/// checked, so that a damaged or hostile file is refused naming what is wrong (fuzzed by
/// tests/fuzz/fuzz_vault_header).
class VaultHeaderRows final
{
public:
    /// Throws VaultError(Integrity) naming `path` and the field.
    [[nodiscard]] static VaultHeader decode(const QHash<QString, QVariant>& rows,
                                            const QString& path);
};

} // namespace scopevault
