#include "Text.h"

#include <ctime>

namespace scopevault {

std::string Text::format(std::string_view pattern,
                         std::initializer_list<std::string_view> arguments)
{
    std::string out;
    out.reserve(pattern.size() + 64);
    auto next = arguments.begin();
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] == 's' &&
            next != arguments.end()) {
            out += *next++;
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

std::string Text::hex(const void* data, std::size_t size, char separator)
{
    static const char digits[] = "0123456789abcdef";
    const auto* bytes = static_cast<const unsigned char*>(data);
    std::string out;
    for (std::size_t i = 0; i < size; ++i) {
        if (separator != '\0' && i > 0) {
            out += separator;
        }
        out += digits[bytes[i] >> 4];
        out += digits[bytes[i] & 15];
    }
    return out;
}

std::string Text::isoTime(std::int64_t msSinceEpoch, bool withMs)
{
    std::int64_t seconds = msSinceEpoch / 1000;
    std::int64_t ms = msSinceEpoch % 1000;
    if (ms < 0) {
        ms += 1000;
        --seconds;
    }
    const auto time = static_cast<std::time_t>(seconds);
    std::tm parts{};
    gmtime_r(&time, &parts);
    char text[40];
    const std::size_t length = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &parts);
    std::string out(text, length);
    if (withMs) {
        const char fraction[] = {'.', static_cast<char>('0' + ms / 100),
                                 static_cast<char>('0' + ms / 10 % 10),
                                 static_cast<char>('0' + ms % 10)};
        out.append(fraction, sizeof fraction);
    }
    return out + 'Z';
}

std::string Text::join(const std::vector<std::string>& parts, std::string_view separator)
{
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            out += separator;
        }
        out += parts[i];
    }
    return out;
}

std::string Text::trimmed(std::string_view text)
{
    const auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    };
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && space(text[begin])) {
        ++begin;
    }
    while (end > begin && space(text[end - 1])) {
        --end;
    }
    return std::string(text.substr(begin, end - begin));
}

bool Text::isValidUtf8(const unsigned char* data, std::size_t size)
{
    std::size_t i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        std::size_t extra = 0;
        unsigned int codePoint = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            codePoint = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= size) {
            return false;
        }
        for (std::size_t k = 1; k <= extra; ++k) {
            if ((data[i + k] & 0xC0) != 0x80) {
                return false;
            }
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        static const unsigned int minimum[] = {0, 0x80, 0x800, 0x10000};
        if (codePoint < minimum[extra] || codePoint > 0x10FFFF ||
            (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            return false;
        }
        i += extra + 1;
    }
    return true;
}

std::string Text::printable(std::string_view text)
{
    static const char digits[] = "0123456789abcdef";
    const auto escape = [](std::string& out, const char* prefix, unsigned int value, int width) {
        out += prefix;
        for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) {
            out += digits[(value >> shift) & 0xF];
        }
    };
    std::string out;
    out.reserve(text.size());
    const auto* data = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t i = 0;
    const auto plain = [](unsigned char c) {
        return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t';
    };
    while (i < text.size()) {
        // Runs of plain ASCII are copied whole (a listing of 10,000 secrets is nothing else):
        // a byte at a time, this was the largest part of printing one.
        std::size_t run = i;
        while (run < text.size() && plain(data[run])) {
            ++run;
        }
        if (run > i) {
            out.append(text.substr(i, run - i));
            i = run;
            continue;
        }
        const unsigned char c = data[i];
        if (c < 0x80) {
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
                escape(out, "\\x", c, 2);
            } else {
                out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        std::size_t length = (c & 0xE0) == 0xC0   ? 2
                             : (c & 0xF0) == 0xE0 ? 3
                             : (c & 0xF8) == 0xF0 ? 4
                                                  : 0;
        if (length == 0 || i + length > text.size() || !isValidUtf8(data + i, length)) {
            escape(out, "\\x", c, 2);
            ++i;
            continue;
        }
        if (length == 2) {
            const unsigned int codePoint = ((c & 0x1Fu) << 6) | (data[i + 1] & 0x3Fu);
            if (codePoint <= 0x9F) { // C1 controls, e.g. CSI (U+009B)
                escape(out, "\\u", codePoint, 4);
                i += length;
                continue;
            }
        }
        out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

} // namespace scopevault
