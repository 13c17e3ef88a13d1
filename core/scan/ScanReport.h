#pragma once

#include "scan/ScanFinding.h"

#include <optional>
#include <vector>

namespace scopevault {

/// What one scan of a folder found and what it passed over.
struct ScanReport
{
    std::vector<ScanFinding> findings; // by file, line, column
    int filesScanned = 0;
    qint64 bytesScanned = 0;
    int skippedBinary = 0;
    int skippedTooLarge = 0;
    int skippedLinks = 0;    // symbolic links are never followed
    int skippedSpecial = 0;  // FIFOs, sockets, devices
    int ignored = 0;         // findings listed in .scopevault-scan-ignore
    int valuesSearched = -1; // vault values looked for; -1 when no vault was used

    [[nodiscard]] std::optional<ScanSeverity> highest() const
    {
        std::optional<ScanSeverity> worst;
        for (const ScanFinding& finding : findings) {
            if (!worst || finding.severity > *worst) {
                worst = finding.severity;
            }
        }
        return worst;
    }
};

} // namespace scopevault
