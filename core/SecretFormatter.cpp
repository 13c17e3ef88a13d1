#include "SecretFormatter.h"

#include "BundleError.h"
#include "VaultError.h"

#include <QCoreApplication>

#include <cstring>

namespace scopevault {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SecretFormatter", text);
}

BundleError unrepresentable(const BundleSecret& secret, const QString& why)
{
    return BundleError(BundleError::Reason::Unrepresentable,
                       tr("the value of %1 (%2) %3").arg(secret.name, secret.reference, why));
}

bool hasNul(const SecureBuffer& value)
{
    return !value.isEmpty() && std::memchr(value.data(), 0, value.size()) != nullptr;
}

bool contains(const SecureBuffer& value, const char* needle)
{
    const std::size_t length = std::strlen(needle);
    for (std::size_t i = 0; i + length <= value.size(); ++i) {
        if (std::memcmp(value.data() + i, needle, length) == 0) {
            return true;
        }
    }
    return false;
}

void put(SecureBuffer& out, const char* text)
{
    out.append(reinterpret_cast<const unsigned char*>(text), std::strlen(text));
}

void put(SecureBuffer& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    out.append(reinterpret_cast<const unsigned char*>(utf8.constData()),
               static_cast<std::size_t>(utf8.size()));
}

void putByte(SecureBuffer& out, unsigned char byte)
{
    out.append(&byte, 1);
}

void requireText(const BundleSecret& secret, const char* form)
{
    if (!SecretFormatter::isValidUtf8(secret.value.data(), secret.value.size())) {
        throw unrepresentable(
            secret, tr("is not UTF-8 text, which %1 cannot carry").arg(QLatin1String(form)));
    }
}

void dotenvLine(SecureBuffer& out, const BundleSecret& secret)
{
    requireText(secret, "dotenv");
    if (hasNul(secret.value)) {
        throw unrepresentable(secret, tr("holds a NUL byte, which dotenv cannot carry"));
    }
    // Double quotes are the form every dotenv reader knows, but python-dotenv expands ${...}
    // inside them; single quotes are never expanded but cannot carry a carriage return.
    const bool single = contains(secret.value, "${");
    if (single && contains(secret.value, "\r")) {
        throw unrepresentable(secret, tr("holds both '${' and a carriage return, which no "
                                         "dotenv quoting carries unchanged"));
    }
    put(out, secret.name);
    put(out, single ? "='" : "=\"");
    for (std::size_t i = 0; i < secret.value.size(); ++i) {
        const unsigned char c = secret.value.data()[i];
        if (c == '\\') {
            put(out, "\\\\");
        } else if (single && c == '\'') {
            put(out, "\\'");
        } else if (!single && c == '"') {
            put(out, "\\\"");
        } else if (!single && c == '\n') {
            put(out, "\\n");
        } else if (!single && c == '\r') {
            put(out, "\\r");
        } else {
            putByte(out, c);
        }
    }
    put(out, single ? "'\n" : "\"\n");
}

void jsonString(SecureBuffer& out, const unsigned char* data, std::size_t size)
{
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
    if (hasNul(secret.value)) {
        throw unrepresentable(secret, tr("holds a NUL byte, which a shell variable cannot hold"));
    }
    put(out, "export ");
    put(out, secret.name);
    put(out, "='");
    for (std::size_t i = 0; i < secret.value.size(); ++i) {
        const unsigned char c = secret.value.data()[i];
        if (c == '\'') {
            put(out, "'\\''");
        } else {
            putByte(out, c);
        }
    }
    put(out, "'\n");
}

} // namespace

SecretFormatter::Format SecretFormatter::parseFormat(const QString& text)
{
    if (text == QLatin1String("dotenv")) {
        return Format::Dotenv;
    }
    if (text == QLatin1String("json")) {
        return Format::Json;
    }
    if (text == QLatin1String("shell")) {
        return Format::Shell;
    }
    throw VaultError(ErrorCode::Usage,
                     tr("unknown format '%1'; use dotenv, json or shell").arg(text));
}

void SecretFormatter::checkEnvironmentValue(const BundleSecret& secret)
{
    if (hasNul(secret.value)) {
        throw unrepresentable(secret,
                              tr("holds a NUL byte, which an environment variable cannot hold; "
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
            const QByteArray name = secret->name.toUtf8();
            jsonString(out, reinterpret_cast<const unsigned char*>(name.constData()),
                       static_cast<std::size_t>(name.size()));
            putByte(out, ':');
            jsonString(out, secret->value.data(), secret->value.size());
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

bool SecretFormatter::isValidUtf8(const unsigned char* data, std::size_t size)
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

} // namespace scopevault
