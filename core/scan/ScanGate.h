#pragma once

#include "catalog/ScanRecord.h"
#include "scan/ScanReport.h"

#include <QList>
#include <QStringList>

namespace scopevault {

class VaultService;
class VaultStore;

/// The skill supply-chain gate: remembers each pack's last scan, and tells an export whether
/// the packs it delivers may go out. Settings: scan.gate (off, warn, enforced),
/// scan.max-severity (the worst finding a pack may have and pass), scan.required (a pack
/// never scanned, changed since its scan or scanned longer ago than scan.max-age fails too).
class ScanGate final
{
public:
    enum class Mode
    {
        Off,
        Warn,
        Enforced,
    };

    explicit ScanGate(VaultService& vault);

    /// Records the scan of each pack DIR holds (the layout of `import skillpack`): its digest,
    /// worst finding and whether it passed; one skill.scanned event each (counts and verdict,
    /// never a match). Returns the records; empty when DIR holds no pack.
    QList<ScanRecord> record(const QString& dir, const ScanReport& report);
    /// The folder `pack` was last scanned in. Throws VaultError(NotFound) when it never was.
    [[nodiscard]] QString folderOf(const QString& pack);
    [[nodiscard]] Mode mode();

    struct Failure
    {
        QString pack;
        QString reason; // e.g. "failed its scan: high github-token at act/SKILL.md:7"
    };
    /// The packs among `packs` that fail the gate, whatever the mode.
    [[nodiscard]] QList<Failure> failing(const QStringList& packs);
    /// For the Overview: every scanned pack that failed or is due for a rescan (older than
    /// scan.max-age) and, with scan.required, every pack never scanned or changed since.
    [[nodiscard]] QList<Failure> attention();
    /// What an export of `packs` to `agent` meets: nothing (off, or all pass), warnings
    /// (warn), or problems that refuse it (enforced; each recorded as skill.blocked).
    struct ExportCheck
    {
        QStringList warnings;
        QStringList problems;
    };
    ExportCheck checkExport(const QString& agent, const QStringList& packs);

private:
    /// What counts as failing besides a failed scan.
    struct Checks
    {
        bool neverScanned;
        bool age;    // last scanned longer ago than scan.max-age
        bool digest; // the files changed since (reads them all)
    };
    [[nodiscard]] QList<Failure> evaluate(const QStringList& packs, Checks checks);

    VaultService& m_vault;
    VaultStore& m_store;
};

} // namespace scopevault
