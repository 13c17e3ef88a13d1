#pragma once

#include <QString>

namespace scopevault {

/// Where the vault lives when nobody says otherwise: $SCOPEVAULT_VAULT, else
/// $XDG_DATA_HOME/scopevault/vault.svdb (~/.local/share/scopevault/vault.svdb). The GUI and
/// the CLI use the same rule.
class VaultLocation final
{
public:
    [[nodiscard]] static QString defaultPath();
};

} // namespace scopevault
