#pragma once

#include <QString>

namespace scopevault {

/// What is checked about the vault's path before SQLite sees it.
class VaultFileChecks final
{
public:
    /// Throws VaultError naming a symbolic link to nothing or a loop of links (rather than
    /// letting them read as "no vault" or "already exists"); returns when neither.
    static void refuseBrokenLink(const QString& path);
    /// Gives -wal and -shm files this user owns but cannot write the database file's mode
    /// (SQLite copies the file's mode, so a read-only attempt on a 0400 file left them 0400).
    static void repairSidecars(const QString& path);
};

} // namespace scopevault
