#pragma once

#include "scan/PatternDatabase.h"
#include "scan/ScanReport.h"

#include <QSet>
#include <QString>

#include <string_view>

namespace scopevault {

class VaultValueMatcher;

/// Looks for credentials in every regular file below a folder (a skill pack before agents get
/// its secrets): provider formats, private keys, credential-like assignments (ScanRules) and,
/// given a VaultValueMatcher, this vault's own values. Symbolic links are never followed,
/// `.git` is not entered, binary files (a NUL byte in the first 8 KiB) and files over the size
/// limit are skipped and counted, and findings whose fingerprint `.scopevault-scan-ignore`
/// lists are left out (and counted). Reads files, writes nothing.
class SkillScanner final
{
public:
    static constexpr qint64 DefaultMaxFileBytes = 10 * 1024 * 1024;
    static constexpr const char* IgnoreFileName = ".scopevault-scan-ignore";

    explicit SkillScanner(const VaultValueMatcher* values = nullptr,
                          qint64 maxFileBytes = DefaultMaxFileBytes);

    /// Throws VaultError(NotFound) when `folder` does not exist, Usage when it is no folder.
    [[nodiscard]] ScanReport scan(const QString& folder) const;
    /// One file's findings (the file named `path` relative to the scanned folder).
    void scanData(const QString& path, std::string_view data, ScanReport& report,
                  const QSet<QString>& ignored) const;

private:
    void walk(const QString& root, ScanReport& report, const QSet<QString>& ignored) const;

    const VaultValueMatcher* m_values;
    qint64 m_maxFileBytes;
    PatternDatabase m_rules;
};

} // namespace scopevault
