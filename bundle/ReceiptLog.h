#pragma once

#include "Receipt.h"

#include <string>

namespace scopevault {

/// The agent-side receipt file: JSON lines appended (O_APPEND, fsync) to a 0600 file.
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
    /// Throws AgentError(Other) naming the file when the line cannot be written durably.
    void append(const Receipt& receipt) const;

private:
    std::string m_path;
};

} // namespace scopevault
