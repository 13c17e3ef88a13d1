#include "SecretFormatter.h"

#include "AgentError.h"
#include "BundleError.h"
#include "Text.h"

#include <cstring>

namespace scopevault {

namespace {

BundleError unrepresentable(const BundleSecret& secret, std::string_view why)
{
    return BundleError(
        BundleError::Reason::Unrepresentable,
        Text::format("the value of %s (%s) %s", {secret.name, secret.reference, why}));
}

// A secret's bytes, however the BundleSecret holds them.
struct Bytes
{
    explicit Bytes(std::string_view view)
        : m_data(reinterpret_cast<const unsigned char*>(view.data()))
        , m_size(view.size())
    {}
    [[nodiscard]] const unsigned char* data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }

private:
    const unsigned char* m_data;
    std::size_t m_size;
};

Bytes valueOf(const BundleSecret& secret)
{
    return Bytes(secret.bytes());
}

bool hasNul(const Bytes& value)
{
    return !value.isEmpty() && std::memchr(value.data(), 0, value.size()) != nullptr;
}

void put(SecureBuffer& out, const char* text)
{
    out.append(reinterpret_cast<const unsigned char*>(text), std::strlen(text));
}

void put(SecureBuffer& out, const std::string& text)
{
    out.append(reinterpret_cast<const unsigned char*>(text.data()), text.size());
}

void putByte(SecureBuffer& out, unsigned char byte)
{
    out.append(&byte, 1);
}

void requireText(const BundleSecret& secret, const char* form)
{
    if (!Text::isValidUtf8(valueOf(secret).data(), valueOf(secret).size())) {
        throw unrepresentable(secret,
                              Text::format("is not UTF-8 text, which %s cannot carry", {form}));
    }
}

// python-dotenv (0.21, Debian 12) expands ${NAME} in every value, quoted or not, and misreads
// a quoted value that ends in a backslash when another quote follows later in the file.
bool expandsInDotenv(const Bytes& value)
{
    const auto* data = reinterpret_cast<const char*>(value.data());
    const std::size_t size = value.size();
    for (std::size_t i = 0; i + 1 < size; ++i) {
        if (data[i] == '$' && data[i + 1] == '{' &&
            std::memchr(data + i + 2, '}', size - i - 2) != nullptr) {
            return true;
        }
    }
    return false;
}

// Single quotes keep every byte for python-dotenv, Scopevault's importer and a shell, unless
// the value holds a single quote, a carriage return (read as a line end) or a backslash that
// python-dotenv would take as an escape (before another backslash, or closing the quote).
bool fitsSingleQuotes(const Bytes& value)
{
    for (std::size_t i = 0; i < value.size(); ++i) {
        const unsigned char c = value.data()[i];
        if (c == '\'' || c == '\r') {
            return false;
        }
        if (c == '\\' && (i + 1 == value.size() || value.data()[i + 1] == '\\')) {
            return false;
        }
    }
    return true;
}

// In double quotes a shell runs $(...), `...` and expands $NAME: a value with neither can be
// sourced without running anything. python-dotenv misreads a quoted value ending in a backslash
// when another quote follows later in the file.
bool fitsDoubleQuotes(const Bytes& value)
{
    for (std::size_t i = 0; i < value.size(); ++i) {
        const unsigned char c = value.data()[i];
        if (c == '$' || c == '`') {
            return false;
        }
    }
    return value.isEmpty() || value.data()[value.size() - 1] != '\\';
}

void dotenvLine(SecureBuffer& out, const BundleSecret& secret)
{
    requireText(secret, "dotenv");
    const Bytes value = valueOf(secret);
    if (hasNul(value)) {
        throw unrepresentable(secret, ("holds a NUL byte, which dotenv cannot carry"));
    }
    if (expandsInDotenv(value)) {
        throw unrepresentable(secret, ("holds '${...}', which python-dotenv would expand; use "
                                       "--format json or shell"));
    }
    put(out, secret.name);
    if (fitsSingleQuotes(value)) {
        put(out, "='");
        out.append(value.data(), value.size());
        put(out, "'\n");
        return;
    }
    if (!fitsDoubleQuotes(value)) {
        throw unrepresentable(secret, ("needs double quotes in a .env file (it holds a single "
                                       "quote, a carriage return or a backslash pair) and also "
                                       "holds '$', '`' or a final backslash, which a shell "
                                       "sourcing the file would act on; use --format shell or "
                                       "json"));
    }
    put(out, "=\"");
    for (std::size_t i = 0; i < value.size(); ++i) {
        const unsigned char c = value.data()[i];
        if (c == '\\') {
            put(out, "\\\\");
        } else if (c == '"') {
            put(out, "\\\"");
        } else if (c == '\n') {
            put(out, "\\n");
        } else if (c == '\r') {
            put(out, "\\r");
        } else {
            putByte(out, c);
        }
    }
    put(out, "\"\n");
}

void jsonString(SecureBuffer& out, const void* bytes, std::size_t size)
{
    const auto* data = static_cast<const unsigned char*>(bytes);
    static const char hex[] = "0123456789abcdef";
    putByte(out, '"');
    for (std::size_t i = 0; i < size; ++i) {
        const unsigned char c = data[i];
        if (c == '"' || c == '\\') {
            putByte(out, '\\');
            putByte(out, c);
        } else if (c == '\n') {
            put(out, "\\n");
        } else if (c == '\r') {
            put(out, "\\r");
        } else if (c == '\t') {
            put(out, "\\t");
        } else if (c < 0x20) {
            put(out, "\\u00");
            putByte(out, static_cast<unsigned char>(hex[c >> 4]));
            putByte(out, static_cast<unsigned char>(hex[c & 15]));
        } else {
            putByte(out, c);
        }
    }
    putByte(out, '"');
}

void shellLine(SecureBuffer& out, const BundleSecret& secret)
{
    if (hasNul(valueOf(secret))) {
        throw unrepresentable(secret, ("holds a NUL byte, which a shell variable cannot hold"));
    }
    put(out, "export ");
    put(out, secret.name);
    put(out, "='");
    for (std::size_t i = 0; i < valueOf(secret).size(); ++i) {
        const unsigned char c = valueOf(secret).data()[i];
        if (c == '\'') {
            put(out, "'\\''");
        } else {
            putByte(out, c);
        }
    }
    put(out, "'\n");
}

} // namespace

SecretFormatter::Format SecretFormatter::parseFormat(std::string_view text)
{
    if (text == "dotenv") {
        return Format::Dotenv;
    }
    if (text == "json") {
        return Format::Json;
    }
    if (text == "shell") {
        return Format::Shell;
    }
    throw AgentError(ErrorCode::Usage,
                     Text::format("unknown format '%s'; use dotenv, json or shell", {text}));
}

void SecretFormatter::appendJsonString(SecureBuffer& out, const void* data, std::size_t size)
{
    jsonString(out, data, size);
}

void SecretFormatter::checkEnvironmentValue(const BundleSecret& secret)
{
    if (hasNul(valueOf(secret))) {
        throw unrepresentable(secret,
                              ("holds a NUL byte, which an environment variable cannot hold; "
                               "use --stdin-json"));
    }
}

SecureBuffer SecretFormatter::format(const std::vector<const BundleSecret*>& secrets, Format format)
{
    SecureBuffer out;
    if (format == Format::Json) {
        putByte(out, '{');
        bool first = true;
        for (const BundleSecret* secret : secrets) {
            requireText(*secret, "JSON");
            if (!first) {
                putByte(out, ',');
            }
            first = false;
            jsonString(out, secret->name.data(), secret->name.size());
            putByte(out, ':');
            jsonString(out, valueOf(*secret).data(), valueOf(*secret).size());
        }
        put(out, "}\n");
        return out;
    }
    for (const BundleSecret* secret : secrets) {
        if (format == Format::Dotenv) {
            dotenvLine(out, *secret);
        } else {
            shellLine(out, *secret);
        }
    }
    return out;
}

} // namespace scopevault
