#pragma once

#include <QString>
#include <QStringList>

namespace scopevault {

/// The last scan of one skill pack (scopevault-cli scan, or the window's Scan): when, where,
/// what the files were (a digest), the worst finding and whether the pack passed the vault's
/// scan.max-severity. Never a match: the worst finding is named by rule and place.
struct ScanRecord
{
    QString pack;
    QString folder; // absolute; `scan --pack` scans it again
    qint64 scannedMs = 0;
    QString digest;  // ScanDigest of the folder, hex
    QString highest; // "" (nothing found), "low", "medium", "high" or "critical"
    int findings = 0;
    bool passed = true;
    QString worst;      // e.g. "high github-token at act/SKILL.md:7"; "" when nothing was found
    QStringList places; // the first MaxPlaces findings: "act/SKILL.md:7 high github-token"

    static constexpr int MaxPlaces = 20;

    [[nodiscard]] QString key() const { return pack; }
};

} // namespace scopevault
