#pragma once

#include "BundleSecret.h"
#include "SecureBuffer.h"

#include <QString>

#include <vector>

namespace scopevault {

/// Writes released secrets in the text forms other tools read, in secure memory:
/// dotenv (python-dotenv reads back the exact bytes), JSON (one object, one line) and POSIX
/// shell (`export NAME='...'`). Throws BundleError(Unrepresentable) naming the secret when a
/// value cannot be written in the chosen form (a NUL byte, non-UTF-8 for dotenv/JSON, or what
/// python-dotenv would alter: ${...}; see docs/BUNDLE-FORMAT.md).
class SecretFormatter final
{
public:
    enum class Format
    {
        Dotenv,
        Json,
        Shell,
    };

    /// "dotenv", "json" or "shell". Throws VaultError(Usage).
    [[nodiscard]] static Format parseFormat(const QString& text);
    [[nodiscard]] static SecureBuffer format(const std::vector<const BundleSecret*>& secrets,
                                             Format format);
    /// Refuses values an environment variable cannot hold (NUL bytes).
    static void checkEnvironmentValue(const BundleSecret& secret);
    [[nodiscard]] static bool isValidUtf8(const unsigned char* data, std::size_t size);
};

} // namespace scopevault
