#include "scan/HarmlessMatch.h"

#include <array>
#include <cctype>
#include <cmath>

namespace scopevault {

namespace {

bool containsCaseless(std::string_view text, std::string_view word)
{
    if (word.size() > text.size()) {
        return false;
    }
    for (std::size_t i = 0; i + word.size() <= text.size(); ++i) {
        std::size_t j = 0;
        while (j < word.size() && std::tolower(static_cast<unsigned char>(text[i + j])) ==
                                      std::tolower(static_cast<unsigned char>(word[j]))) {
            ++j;
        }
        if (j == word.size()) {
            return true;
        }
    }
    return false;
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

// Six or more of one character in a row, or hardly any distinct ones: typed, not generated.
bool looksTyped(std::string_view value)
{
    std::array<bool, 256> seen{};
    int distinct = 0;
    int run = 1;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (!seen[c]) {
            seen[c] = true;
            ++distinct;
        }
        run = i > 0 && value[i] == value[i - 1] ? run + 1 : 1;
        if (run >= 6) {
            return true;
        }
    }
    return distinct <= 4;
}

bool allOf(std::string_view text, const char* alphabet)
{
    for (const char c : text) {
        if (std::string_view(alphabet).find(c) == std::string_view::npos) {
            return false;
        }
    }
    return !text.empty();
}

bool isUuid(std::string_view value)
{
    if (value.size() != 36) {
        return false;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? value[i] != '-' : !std::isxdigit(static_cast<unsigned char>(value[i]))) {
            return false;
        }
    }
    return true;
}

bool isIdentifierChain(std::string_view value)
{
    // config.api_key, self.token, settings.SECRET_KEY: a reference, not a value.
    bool expectStart = true;
    bool sawDot = false;
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '.') {
            if (expectStart) {
                return false;
            }
            sawDot = true;
            expectStart = true;
        } else if (std::isalpha(u) || c == '_' || (!expectStart && std::isdigit(u))) {
            expectStart = false;
        } else {
            return false;
        }
    }
    return sawDot && !expectStart;
}

} // namespace

bool HarmlessMatch::isExampleOrPlaceholder(std::string_view match)
{
    static constexpr std::string_view words[] = {
        "example", "xxxx",   "your_",        "your-",   "yourkey",  "<",
        ">",       "...",    "\xe2\x80\xa6", "replace", "changeme", "placeholder",
        "dummy",   "sample", "redacted",     "insert",  "here",     "test_key",
    };
    for (const std::string_view word : words) {
        if (containsCaseless(match, word)) {
            return true;
        }
    }
    return looksTyped(match);
}

bool HarmlessMatch::isHarmlessValue(std::string_view value)
{
    if (value.empty() || isExampleOrPlaceholder(value) || containsCaseless(value, "test")) {
        return true; // a test fixture's value, in a generic assignment
    }
    // Lookups of the environment or a template, and code.
    static constexpr std::string_view lookups[] = {
        "${",   "$(", "os.environ", "os.getenv", "getenv", "process.env", "env(",    "env[",
        "env.", "{{", "%(",         "secrets.",  "vault:", "!ref",        "!secret",
    };
    for (const std::string_view lookup : lookups) {
        if (containsCaseless(value, lookup)) {
            return true;
        }
    }
    const char first = value.front();
    if (first == '$' || first == '%' || first == '@' || first == '&' || first == '*' ||
        first == '(' || first == '[' || first == '{') {
        return true;
    }
    for (const char c : value) {
        if (c == '(' || c == ')') {
            return true; // a call
        }
    }
    static constexpr std::string_view keywords[] = {"true", "false",     "null",     "none",
                                                    "nil",  "undefined", "required", "optional"};
    for (const std::string_view keyword : keywords) {
        if (value.size() == keyword.size() && containsCaseless(value, keyword)) {
            return true;
        }
    }
    if (isUuid(value) || isIdentifierChain(value)) {
        return true;
    }
    // Digests (md5, sha1, sha256, sha512 in hex) and integrity strings of lock files.
    const std::size_t n = value.size();
    if ((n == 32 || n == 40 || n == 64 || n == 128) && allOf(value, "0123456789abcdef")) {
        return true;
    }
    if (startsWith(value, "sha1-") || startsWith(value, "sha256-") ||
        startsWith(value, "sha384-") || startsWith(value, "sha512-")) {
        return true;
    }
    // A URL or path without credentials in it.
    return (startsWith(value, "http://") || startsWith(value, "https://") ||
            startsWith(value, "/") || startsWith(value, "./")) &&
           value.find('@') == std::string_view::npos;
}

bool HarmlessMatch::insideDataUri(std::string_view line, std::size_t offsetInLine)
{
    const std::size_t data = line.find("data:");
    if (data == std::string_view::npos || data > offsetInLine) {
        return false;
    }
    const std::size_t base64 = line.find(";base64,", data);
    return base64 != std::string_view::npos && base64 < offsetInLine;
}

bool HarmlessMatch::isLockFile(std::string_view fileName)
{
    static constexpr std::string_view names[] = {
        "package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "go.sum", "Pipfile.lock",
    };
    for (const std::string_view name : names) {
        if (fileName == name) {
            return true;
        }
    }
    return fileName.size() > 5 && fileName.substr(fileName.size() - 5) == ".lock";
}

double HarmlessMatch::entropy(std::string_view value)
{
    std::array<int, 256> counts{};
    for (const char c : value) {
        ++counts[static_cast<unsigned char>(c)];
    }
    double bits = 0;
    for (const int count : counts) {
        if (count > 0) {
            const double p = double(count) / double(value.size());
            bits -= p * std::log2(p);
        }
    }
    return bits;
}

std::string_view HarmlessMatch::assignedValue(std::string_view match)
{
    const std::size_t separator = match.find_first_of(":=");
    if (separator == std::string_view::npos) {
        return {};
    }
    std::string_view value = match.substr(separator + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t' ||
                              value.front() == '"' || value.front() == '\'')) {
        value.remove_prefix(1);
    }
    while (!value.empty() && (value.back() == '"' || value.back() == '\'')) {
        value.remove_suffix(1);
    }
    return value;
}

} // namespace scopevault
