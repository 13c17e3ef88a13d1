#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace scopevault {

/// Small text helpers for the Qt-free agent-side code: messages, hex, times.
class Text final
{
public:
    /// `pattern` with each "%s" replaced by the next argument (no other directives).
    [[nodiscard]] static std::string format(std::string_view pattern,
                                            std::initializer_list<std::string_view> arguments);
    [[nodiscard]] static std::string hex(const void* data, std::size_t size, char separator = '\0');
    /// UTC, ISO 8601: "2026-11-23T10:15:00Z", or with milliseconds "...:00.123Z".
    [[nodiscard]] static std::string isoTime(std::int64_t msSinceEpoch, bool withMs = false);
    [[nodiscard]] static std::string join(const std::vector<std::string>& parts,
                                          std::string_view separator);
    [[nodiscard]] static std::string trimmed(std::string_view text);
    [[nodiscard]] static bool isValidUtf8(const unsigned char* data, std::size_t size);
    /// `text` safe to write to a terminal: control characters (C0 but newline and tab, DEL,
    /// C1) and bytes that are not UTF-8 become visible escapes ("\x1b", "\u009b"), so that
    /// text taken from input or a file cannot move the cursor, retitle the window or worse.
    [[nodiscard]] static std::string printable(std::string_view text);
};

} // namespace scopevault
