#pragma once

namespace scopevault {

/// Process-wide protections every Scopevault binary applies first thing in main().
class ProcessHardening final
{
public:
    /// Disables core dumps (RLIMIT_CORE 0, PR_SET_DUMPABLE 0) and sets umask 077 so that every
    /// file the process creates (vault, -wal, -shm, identity) is private to its owner.
    /// Returns false if a protection could not be applied.
    [[nodiscard]] static bool apply();
};

} // namespace scopevault
