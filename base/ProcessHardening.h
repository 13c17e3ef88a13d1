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
    /// PR_SET_DUMPABLE: whether processes of the same user may ptrace this one and read its
    /// /proc files. scopevault-agent turns it back on once it has wiped every plaintext and
    /// only waits for its child (whose environment is readable by that user anyway).
    [[nodiscard]] static bool setDumpable(bool dumpable);
};

} // namespace scopevault
