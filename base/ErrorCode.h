#pragma once

namespace scopevault {

/// What kind of failure an error reports; every Scopevault command-line tool maps each one to
/// its exit code (VaultError in the vault, AgentError on the agent's host).
enum class ErrorCode
{
    Other = 1,
    Usage = 2,
    WrongPassphrase = 3,
    NotFound = 4,
    Integrity = 5,
    Denied = 6,
};

} // namespace scopevault
