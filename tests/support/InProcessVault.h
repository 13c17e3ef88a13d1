#pragma once

#include "SqliteVaultRepository.h"
#include "vault/VaultService.h"

#include <QTemporaryDir>

#include <memory>

namespace scopevault::test {

/// A fresh vault file in its own temporary folder with an unlocked service over it (cheap KDF),
/// for tests that drive the core services in-process. The service goes before its repository.
class InProcessVault final
{
public:
    static constexpr const char* Passphrase = "pass";

    explicit InProcessVault(const Clock& clock);
    ~InProcessVault();
    InProcessVault(const InProcessVault&) = delete;
    InProcessVault& operator=(const InProcessVault&) = delete;

    [[nodiscard]] VaultService& service() { return *m_service; }
    /// Closes the vault and unlocks it again from the file, as a new process would.
    VaultService& reopen();

private:
    const Clock& m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteVaultRepository> m_repository;
    std::unique_ptr<VaultService> m_service;
};

} // namespace scopevault::test
