#pragma once

#include "Receipt.h"

#include <string>

namespace scopevault {

/// The agent-side receipt file: JSON lines appended (O_APPEND) to a 0600 file.
class ReceiptLog final
{
public:
    explicit ReceiptLog(std::string path)
        : m_path(std::move(path))
    {}

    /// $XDG_DATA_HOME/scopevault-agent/receipts.jsonl (the agent's data directory; without
    /// XDG_DATA_HOME, ~/.local/share).
    [[nodiscard]] static std::string defaultPath();
    [[nodiscard]] const std::string& path() const { return m_path; }

    /// Appends one line; creates the file (0600) and missing directories (0700) if needed.
    /// With `durable` it is on the disk (fsync) when this returns: the line written before a
    /// release. Without, it is written and reaches the disk with the kernel's writeback (the
    /// outcome line after a command, which would otherwise delay the command's exit).
    /// Throws AgentError(Other) naming the file when the line cannot be written.
    void append(const Receipt& receipt, bool durable = true) const;

private:
    std::string m_path;
};

} // namespace scopevault
