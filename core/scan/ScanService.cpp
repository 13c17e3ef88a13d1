#include "scan/ScanService.h"

#include "scan/ScanGate.h"
#include "scan/SkillScanner.h"
#include "scan/VaultValueMatcher.h"
#include "secrets/SecretService.h"
#include "vault/VaultService.h"

#include <memory>

namespace scopevault {

ScanService::ScanService(VaultService* vault)
    : m_vault(vault)
{}

ScanReport ScanService::scanOnly(const QString& dir)
{
    std::unique_ptr<VaultValueMatcher> values;
    if (m_vault) {
        SecretService secrets(*m_vault);
        values = std::make_unique<VaultValueMatcher>(secrets);
    }
    return SkillScanner(values.get()).scan(dir);
}

ScanService::Result ScanService::scanFolder(const QString& dir)
{
    Result result{scanOnly(dir), {}};
    if (m_vault) {
        result.records = ScanGate(*m_vault).record(dir, result.report);
    }
    return result;
}

ScanService::Result ScanService::scanPack(const QString& pack)
{
    return scanFolder(ScanGate(*m_vault).folderOf(pack));
}

ScanReport ScanService::preview(const QString& dir)
{
    return scanOnly(dir);
}

QList<ScanRecord> ScanService::record(const QString& dir, const ScanReport& report)
{
    return ScanGate(*m_vault).record(dir, report);
}

QList<ScanRecord> ScanService::records()
{
    return m_vault->catalog().scans().values();
}

} // namespace scopevault
