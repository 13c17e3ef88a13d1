#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace scopevault {

/// Everything the audit log records. The names (AuditActions::name) are what the log stores
/// and what docs/AUDIT.md lists; tst_audit_log fails when the two disagree.
enum class AuditAction
{
    VaultCreated,
    VaultUnlocked,
    VaultUnlockFailed,
    VaultLocked,
    VaultPassphraseChanged,
    VaultUpgraded,
    VaultKeyRotated,
    VaultQuickUnlockEnabled,
    VaultQuickUnlockForgotten,
    VaultRollbackAccepted,
    SecretCreated,
    SecretUpdated,
    SecretEdited,
    SecretRead,
    SecretRevealed,
    SecretCopied,
    SecretNotesRead,
    SecretMoved,
    SecretDeleted,
    SecretRotated,
    SecretRolledBack,
    SecretRelocated,
    RotationPolicySet,
    RotationPolicyCleared,
    PackCreated,
    PackDescribed,
    PackRenamed,
    PackDeleted,
    ActionCreated,
    ActionDescribed,
    ActionRenamed,
    ActionDeleted,
    ActionDeclared,
    ActionUndeclared,
    AgentAdded,
    AgentDescribed,
    AgentSuspended,
    AgentResumed,
    AgentRevoked,
    GrantCreated,
    GrantRevoked,
    GrantMoved,
    ImportSkillpack,
    ImportDotenv,
    ImportAbstractcore,
    SkillScanned,
    SkillBlocked,
    BundleExported,
    SettingChanged,
    AgentSecretsReleased,
    AgentCommandFinished,
    AuditReceiptsImported,
};

/// The one name table of AuditAction.
class AuditActions final
{
public:
    /// "secret.read", ...
    [[nodiscard]] static QString name(AuditAction action);
    [[nodiscard]] static std::optional<AuditAction> fromName(const QString& name);
    [[nodiscard]] static QList<AuditAction> all();
};

} // namespace scopevault
