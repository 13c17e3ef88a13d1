#pragma once

#include "audit/AuditAction.h"
#include "import/SecretImporter.h"

#include "SecureBuffer.h"

#include <QList>
#include <QString>

#include <vector>

namespace scopevault {

/// One adapter for each file format that holds name/value pairs (.env, AbstractCore's
/// abstractcore.json): reads the file into importer items, says what was skipped and where,
/// and which audit action the import records. The CLI and the GUI's import dialog both
/// use it, so the two cannot convert a file differently.
class ImportSource final
{
public:
    enum class Kind
    {
        Dotenv,
        AbstractCore,
    };

    /// Input that is not imported: where (FILE:LINE, or the provider's key) and why.
    struct Problem
    {
        QString where;  // "FILE:LINE" (.env) or "api_keys.PROVIDER" (AbstractCore)
        QString reason; // what is wrong with it
    };

    struct Loaded
    {
        std::vector<SecretImporter::Item> items; // their values point into `values`
        QList<Problem> problems;
        SecureBuffer values; // every value in one guarded allocation, however many there are
    };

    /// Reads and parses `path`. Throws VaultError (Usage, NotFound, ...) for a file that
    /// cannot be read or parsed at all; single bad entries become problems.
    [[nodiscard]] static Loaded load(Kind kind, const QString& path);
    /// "import.dotenv", "import.abstractcore": the summary event of a real run.
    [[nodiscard]] static AuditAction auditAction(Kind kind);
};

} // namespace scopevault
