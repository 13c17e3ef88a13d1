#pragma once

#include "SecureBuffer.h"

#include <QList>
#include <QString>

#include <vector>

namespace scopevault {

/// Reads the `api_keys` of an AbstractCore config (abstractcore.json) and maps providers to
/// the environment names AbstractCore uses: openai -> OPENAI_API_KEY, anthropic ->
/// ANTHROPIC_API_KEY, openrouter -> OPENROUTER_API_KEY, portkey -> PORTKEY_API_KEY,
/// google -> GOOGLE_API_KEY.
class AbstractCoreConfig final
{
public:
    struct Key
    {
        QString provider;
        QString name;
        SecureBuffer value;
    };
    struct Skipped
    {
        QString provider;
        QString reason;
    };
    struct Result
    {
        std::vector<Key> keys;
        QList<Skipped> skipped; // null, empty or unknown providers
    };

    /// Throws VaultError(Other) naming the file when it is not readable JSON with api_keys.
    [[nodiscard]] static Result parseFile(const QString& path);
    /// The same for content already read; `path` names it in messages.
    [[nodiscard]] static Result parse(const SecureBuffer& content, const QString& path);
    [[nodiscard]] static QString environmentName(const QString& provider);
};

} // namespace scopevault
