#pragma once

#include "BundleSecret.h"
#include "SecureBuffer.h"

#include <string_view>
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

    /// "dotenv", "json" or "shell". Throws AgentError(Usage).
    [[nodiscard]] static Format parseFormat(std::string_view text);
    [[nodiscard]] static SecureBuffer format(const std::vector<const BundleSecret*>& secrets,
                                             Format format);
    /// Refuses values an environment variable cannot hold (NUL bytes).
    static void checkEnvironmentValue(const BundleSecret& secret);
    /// Appends `size` bytes as a JSON string (quotes and escapes), for callers that write
    /// other JSON (receipts).
    static void appendJsonString(SecureBuffer& out, const void* data, std::size_t size);
};

} // namespace scopevault
