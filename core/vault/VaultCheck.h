#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace scopevault {

/// What `verify` found, part by part: the file (SQLite's integrity check), the commitment,
/// the records' seals and the audit log.
struct VaultCheck
{
    struct Part
    {
        QString name;    // "file", "commitment", "records", "audit"
        QString summary; // what was checked, or how it failed
        QStringList problems;
    };
    std::vector<Part> parts;

    [[nodiscard]] bool ok() const
    {
        for (const Part& part : parts) {
            if (!part.problems.isEmpty()) {
                return false;
            }
        }
        return true;
    }
};

} // namespace scopevault
