#pragma once

#include "catalog/ScanRecord.h"
#include "scan/ScanReport.h"

#include <QList>
#include <QString>

namespace scopevault {

class VaultService;

/// Scanning skill packs, as the CLI's `scan` and the window's Scan and import preview do it:
/// with an unlocked vault its values are looked for too and each pack's verdict is kept for
/// the export gate; without one (nullptr), only the rules.
class ScanService final
{
public:
    explicit ScanService(VaultService* vault);

    struct Result
    {
        ScanReport report;
        QList<ScanRecord> records; // one per pack found, when recorded
    };
    /// Scans DIR; with the vault, records each pack's verdict (skill.scanned).
    [[nodiscard]] Result scanFolder(const QString& dir);
    /// Scans again the folder `pack` was last scanned in (NotFound when it never was).
    [[nodiscard]] Result scanPack(const QString& pack);
    /// Scans DIR and records nothing: the import preview, before anything is written.
    [[nodiscard]] ScanReport preview(const QString& dir);
    /// Records the verdicts of a preview once the import is done.
    QList<ScanRecord> record(const QString& dir, const ScanReport& report);
    /// The last scan of every pack that has one, by pack.
    [[nodiscard]] QList<ScanRecord> records();

private:
    [[nodiscard]] ScanReport scanOnly(const QString& dir);

    VaultService* m_vault;
};

} // namespace scopevault
