#pragma once

#include "SecureBuffer.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace scopevault {

/// New random values for rotation: uniform over a character set (libsodium's
/// randombytes_uniform, no modulo bias), written straight into guarded memory.
class ValueGenerator final
{
public:
    enum class Charset
    {
        Alnum,     // A-Z a-z 0-9
        Hex,       // 0-9 a-f
        Base64Url, // A-Z a-z 0-9 - _
        Ascii,     // printable ASCII without space
    };

    static constexpr int DefaultLength = 32;
    static constexpr int MaxLength = 4096;

    /// Throws VaultError(Usage) for a length outside 8..MaxLength.
    [[nodiscard]] static SecureBuffer generate(int length, Charset charset = Charset::Alnum);
    [[nodiscard]] static std::optional<Charset> charsetFromName(const QString& name);
    [[nodiscard]] static QString charsetName(Charset charset);
    [[nodiscard]] static QStringList charsetNames();
    /// Bits of entropy of a generated value: length × log2(size of the set).
    [[nodiscard]] static double entropyBits(int length, Charset charset);
};

} // namespace scopevault
