#pragma once

#include <string_view>

namespace scopevault {

/// What looks like a credential but is known to be harmless: the providers' documented example
/// keys, placeholders ("sk-...", "YOUR_API_KEY_HERE", "<your-key>"), lookups of the
/// environment ("${OPENAI_API_KEY}", "os.environ[...]"), code, UUIDs, hashes and base64 data
/// URIs. Pure functions over bytes; the scanner asks before it reports.
class HarmlessMatch final
{
public:
    /// A match of a provider format (or a private key header) that is an example or a
    /// placeholder.
    [[nodiscard]] static bool isExampleOrPlaceholder(std::string_view match);
    /// The value part of NAME = value is a lookup, code, an identifier, a UUID, a hash, a
    /// URL without credentials or a placeholder.
    [[nodiscard]] static bool isHarmlessValue(std::string_view value);
    /// The match lies inside a base64 data URI ("data:image/png;base64,...") on its line.
    [[nodiscard]] static bool insideDataUri(std::string_view line, std::size_t offsetInLine);
    /// Lock files (package-lock.json, yarn.lock, Cargo.lock, go.sum, ...): full of hashes; only
    /// provider formats are looked for there.
    [[nodiscard]] static bool isLockFile(std::string_view fileName);
    /// Shannon entropy in bits per byte.
    [[nodiscard]] static double entropy(std::string_view value);
    /// The value of "NAME = value" / "NAME: 'value'" (quotes and separators removed).
    [[nodiscard]] static std::string_view assignedValue(std::string_view match);
};

} // namespace scopevault
