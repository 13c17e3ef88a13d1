#include "InProcessVault.h"

namespace scopevault::test {

InProcessVault::InProcessVault(const Clock& clock)
    : m_clock(clock)
    , m_repository(
          std::make_unique<SqliteVaultRepository>(m_dir.filePath(QStringLiteral("vault.svdb"))))
    , m_service(std::make_unique<VaultService>(*m_repository, m_clock))
{
    m_service->create(SecureBuffer::copyOf(Passphrase), KdfParams{1, 8 * 1024 * 1024});
}

InProcessVault::~InProcessVault()
{
    m_service.reset(); // it writes its "locked" event through the repository
}

VaultService& InProcessVault::reopen()
{
    const QString path = m_repository->location();
    m_service.reset();
    m_repository = std::make_unique<SqliteVaultRepository>(path);
    m_service = std::make_unique<VaultService>(*m_repository, m_clock);
    m_service->unlock(SecureBuffer::copyOf(Passphrase));
    return *m_service;
}

} // namespace scopevault::test
