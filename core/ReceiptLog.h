#pragma once

#include "Receipt.h"

#include <QString>

namespace scopevault {

/// The agent-side receipt file: JSON lines appended (O_APPEND, fsync) to a 0600 file.
class ReceiptLog final
{
public:
    explicit ReceiptLog(QString path)
        : m_path(std::move(path))
    {}

    /// $XDG_DATA_HOME/scopevault-agent/receipts.jsonl (the agent's data directory).
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] const QString& path() const { return m_path; }

    /// Appends one line; creates the file (0600) and its directory (0700) if needed. Throws
    /// VaultError(Other) naming the file when the line cannot be written durably.
    void append(const Receipt& receipt) const;

private:
    QString m_path;
};

} // namespace scopevault
