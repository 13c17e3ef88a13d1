#pragma once

#include "audit/AuditAction.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace scopevault {

/// The groups a reader filters the audit log by ("who read secrets?", "what changed in
/// grants?"): every AuditAction belongs to exactly one.
enum class AuditKind
{
    Reads,   // a value left the vault: get, reveal, copy, notes, an agent's bundle opened
    Changes, // secrets created, changed, moved, deleted
    Grants,
    Agents,
    Bundles, // exports and imported receipts
    Vault,   // created, unlocked, locked, passphrase, key, upgrade
    Catalog, // packs, actions, declarations, settings, imports
};

/// The one name table of AuditKind ("reads", "changes", ...), as `--kind` takes them.
class AuditKinds final
{
public:
    [[nodiscard]] static QString name(AuditKind kind);
    [[nodiscard]] static std::optional<AuditKind> fromName(const QString& name);
    [[nodiscard]] static QList<AuditKind> all();
    [[nodiscard]] static AuditKind of(AuditAction action);
    /// The stored names of the actions of `kind`.
    [[nodiscard]] static QStringList actionNames(AuditKind kind);
};

} // namespace scopevault
