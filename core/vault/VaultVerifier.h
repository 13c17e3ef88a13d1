#pragma once

#include "vault/VaultCheck.h"

namespace scopevault {

class VaultService;

/// Checks the whole vault file (`verify`): SQLite's integrity check of every page, every
/// record and leaf against the sealed commitment, every record's seal, and the audit chain
/// with its checkpoints. The file check runs before unlocking, so that damage is named even
/// when the vault no longer opens.
class VaultVerifier final
{
public:
    explicit VaultVerifier(VaultService& vault);

    /// Part "file"; needs only an opened vault.
    [[nodiscard]] VaultCheck::Part checkFile();
    /// Parts "commitment", "records" and "audit"; needs the vault unlocked.
    [[nodiscard]] std::vector<VaultCheck::Part> checkContents();

private:
    VaultService& m_vault;
};

} // namespace scopevault
