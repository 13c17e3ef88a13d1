#pragma once

#include "SecureBuffer.h"

#include <string>
#include <vector>

namespace scopevault {

/// Starts the agent's command with secrets in *its* environment only (posix_spawnp with an
/// explicit envp; this process's environment is never changed), optionally writes one line
/// to its stdin, and waits for it, forwarding SIGTERM and SIGHUP.
class ChildLauncher final
{
public:
    /// `variables` holds NAME=VALUE\0 entries (secure memory), added to (and overriding)
    /// this process's environment for the child. `stdinLine`, if not empty, is written to
    /// the child's stdin, which is then closed.
    ChildLauncher(std::vector<std::string> command, SecureBuffer variables, SecureBuffer stdinLine);

    /// Starts the command. Returns 0, or the errno of a failed start (ENOENT, EACCES...).
    /// After it returns, no plaintext remains in this object.
    int start();
    /// Waits for the command: its exit code, or 128 + the signal that ended it.
    int wait();
    /// "exit N" or "signal N", for the receipt.
    [[nodiscard]] const std::string& outcome() const { return m_outcome; }

private:
    std::vector<std::string> m_command;
    SecureBuffer m_variables;
    SecureBuffer m_stdinLine;
    int m_pid = -1;
    std::string m_outcome;
};

} // namespace scopevault
