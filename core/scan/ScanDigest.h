#pragma once

#include <QString>

namespace scopevault {

/// A digest of everything below a folder as the scanner sees it: each regular file's path and
/// content (files over the scanner's limit by size and modification time), each symbolic
/// link's path and target; `.git` is left out. BLAKE2b-256, hex. The gate compares it with the
/// digest of the pack's last scan to tell whether the pack changed since.
class ScanDigest final
{
public:
    /// Empty when the folder does not exist.
    [[nodiscard]] static QString ofFolder(const QString& folder, qint64 maxFileBytes);
};

} // namespace scopevault
