#pragma once

#include "audit/AuditAction.h"
#include "secrets/SecretService.h"
#include "vault/VaultError.h"

#include "SecretView.h"
#include "SecureBuffer.h"
#include "catalog/Scope.h"
#include "secrets/SecretRef.h"

#include <QString>

#include <functional>
#include <vector>

namespace scopevault {

class VaultService;
class VaultStore;

/// Stores imported name/value pairs at one scope in one transaction, never overwriting a
/// different existing value without permission. Used by the .env and AbstractCore imports.
class SecretImporter final
{
public:
    struct Item
    {
        QString name;
        SecretView value; // into a buffer the caller keeps (ImportSource::Loaded::values)
        QString origin;   // "FILE:LINE" or "FILE (provider)", for messages
    };
    struct Outcome
    {
        enum class Kind
        {
            Added,
            Updated,
            Unchanged,
            Skipped,
        };
        QString name;
        QString origin;
        Kind kind = Kind::Added;
        QString reason;                                       // for Skipped
        VaultError::Remedy remedy = VaultError::Remedy::None; // what would import it anyway
    };
    /// Asked for each existing secret whose value would change.
    using OverwritePolicy = std::function<bool(const SecretRef&)>;

    explicit SecretImporter(VaultService& vault);

    /// With `dryRun` nothing is written; the outcomes say what would happen.
    /// `auditAction` ("import.dotenv", ...) and `source` (the file) name the summary event a
    /// real run records; every stored secret is also recorded on its own.
    [[nodiscard]] std::vector<Outcome> run(const Scope& scope, const std::vector<Item>& items,
                                           bool dryRun, const OverwritePolicy& mayOverwrite,
                                           AuditAction auditAction = AuditAction::ImportDotenv,
                                           const QString& source = QString());
    [[nodiscard]] static QString kindName(Outcome::Kind kind);

private:
    VaultStore& m_store;
    SecretService m_secrets;
};

} // namespace scopevault
