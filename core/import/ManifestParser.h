#pragma once

#include "import/Manifest.h"

#include "SecureBuffer.h"

#include <QString>

namespace scopevault {

/// Reads a skill manifest (YAML, with yaml-cpp) in both styles seen in the wild: Skillware's
/// `env_vars: {NAME: {description, required}}` and the RFC's `secrets: [NAME]` (required).
/// When a file has both they are merged; a name is required if either says so.
class ManifestParser final
{
public:
    /// Throws VaultError(Other) as "FILE:LINE:COLUMN: what is wrong".
    [[nodiscard]] static Manifest parseFile(const QString& path);
    /// The same for content already read; `path` names it in messages.
    [[nodiscard]] static Manifest parse(const SecureBuffer& content, const QString& path);
};

} // namespace scopevault
