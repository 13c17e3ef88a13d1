#include "secrets/ValueGenerator.h"

#include "vault/VaultError.h"

#include <QCoreApplication>

#include <cmath>
#include <cstring>

#include <sodium.h>

namespace scopevault {

namespace {

const char* alphabet(ValueGenerator::Charset charset)
{
    switch (charset) {
    case ValueGenerator::Charset::Alnum:
        return "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    case ValueGenerator::Charset::Hex:
        return "0123456789abcdef";
    case ValueGenerator::Charset::Base64Url:
        return "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    case ValueGenerator::Charset::Ascii:
        return "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
               "abcdefghijklmnopqrstuvwxyz{|}~";
    }
    return "";
}

constexpr ValueGenerator::Charset AllCharsets[] = {
    ValueGenerator::Charset::Alnum, ValueGenerator::Charset::Hex,
    ValueGenerator::Charset::Base64Url, ValueGenerator::Charset::Ascii};

} // namespace

SecureBuffer ValueGenerator::generate(int length, Charset charset)
{
    if (length < 8 || length > MaxLength) {
        throw VaultError(
            ErrorCode::Usage,
            QCoreApplication::translate("ValueGenerator", "--length must be from 8 to %1, not %2")
                .arg(MaxLength)
                .arg(length));
    }
    const char* set = alphabet(charset);
    const auto size = static_cast<std::uint32_t>(std::strlen(set));
    SecureBuffer value(static_cast<std::size_t>(length));
    for (int i = 0; i < length; ++i) {
        value.data()[i] = static_cast<unsigned char>(set[randombytes_uniform(size)]);
    }
    return value;
}

std::optional<ValueGenerator::Charset> ValueGenerator::charsetFromName(const QString& name)
{
    for (const Charset charset : AllCharsets) {
        if (charsetName(charset) == name) {
            return charset;
        }
    }
    return std::nullopt;
}

QString ValueGenerator::charsetName(Charset charset)
{
    switch (charset) {
    case Charset::Alnum:
        return QStringLiteral("alnum");
    case Charset::Hex:
        return QStringLiteral("hex");
    case Charset::Base64Url:
        return QStringLiteral("base64url");
    case Charset::Ascii:
        return QStringLiteral("ascii");
    }
    return QString();
}

QStringList ValueGenerator::charsetNames()
{
    QStringList names;
    for (const Charset charset : AllCharsets) {
        names << charsetName(charset);
    }
    return names;
}

double ValueGenerator::entropyBits(int length, Charset charset)
{
    return length * std::log2(static_cast<double>(std::strlen(alphabet(charset))));
}

} // namespace scopevault
