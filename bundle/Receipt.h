#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace scopevault {

/// What scopevault-agent records each time it releases a bundle's secrets (and, for exec,
/// when the command ends): one JSON line, no values. See docs/BUNDLE-FORMAT.md, "Receipts".
/// The vault reads these lines back with ReceiptParser. Text fields are UTF-8.
struct Receipt
{
    static constexpr int FormatVersion = 1;

    std::string id; // 32 hex digits, random per line
    std::int64_t timeMs = 0;
    std::string bundle; // bundle id, hex
    std::string agent;
    std::vector<std::string> actions; // the --action asked for, or every action of the bundle
    std::vector<std::string> secrets; // names released
    std::string command;              // program name for exec, else "-"
    std::string delivery;             // env, stdin-json, dotenv, json, shell
    std::string outcome;              // "released", then for exec "exit N" / "signal N"

    /// A receipt for `nowMs` with a fresh random id.
    [[nodiscard]] static Receipt create(std::int64_t nowMs);
    /// The receipt as one compact JSON object and a line feed.
    [[nodiscard]] std::string toJsonLine() const;
};

} // namespace scopevault
