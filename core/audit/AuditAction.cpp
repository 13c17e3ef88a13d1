#include "audit/AuditAction.h"

#include <array>
#include <utility>

namespace scopevault {

namespace {

constexpr std::array<std::pair<AuditAction, const char*>, 52> Names{{
    {AuditAction::VaultCreated, "vault.created"},
    {AuditAction::VaultUnlocked, "vault.unlocked"},
    {AuditAction::VaultUnlockFailed, "vault.unlock-failed"},
    {AuditAction::VaultLocked, "vault.locked"},
    {AuditAction::VaultPassphraseChanged, "vault.passphrase-changed"},
    {AuditAction::VaultUpgraded, "vault.upgraded"},
    {AuditAction::VaultKeyRotated, "vault.key-rotated"},
    {AuditAction::VaultQuickUnlockEnabled, "vault.quick-unlock-enabled"},
    {AuditAction::VaultQuickUnlockForgotten, "vault.quick-unlock-forgotten"},
    {AuditAction::VaultRollbackAccepted, "vault.rollback-accepted"},
    {AuditAction::SecretCreated, "secret.created"},
    {AuditAction::SecretUpdated, "secret.updated"},
    {AuditAction::SecretEdited, "secret.edited"},
    {AuditAction::SecretRead, "secret.read"},
    {AuditAction::SecretRevealed, "secret.revealed"},
    {AuditAction::SecretCopied, "secret.copied"},
    {AuditAction::SecretNotesRead, "secret.notes-read"},
    {AuditAction::SecretMoved, "secret.moved"},
    {AuditAction::SecretDeleted, "secret.deleted"},
    {AuditAction::SecretRotated, "secret.rotated"},
    {AuditAction::SecretRolledBack, "secret.rolled-back"},
    {AuditAction::SecretRelocated, "secret.relocated"},
    {AuditAction::RotationPolicySet, "rotation.policy-set"},
    {AuditAction::RotationPolicyCleared, "rotation.policy-cleared"},
    {AuditAction::PackCreated, "pack.created"},
    {AuditAction::PackDescribed, "pack.described"},
    {AuditAction::PackRenamed, "pack.renamed"},
    {AuditAction::PackDeleted, "pack.deleted"},
    {AuditAction::ActionCreated, "action.created"},
    {AuditAction::ActionDescribed, "action.described"},
    {AuditAction::ActionRenamed, "action.renamed"},
    {AuditAction::ActionDeleted, "action.deleted"},
    {AuditAction::ActionDeclared, "action.declared"},
    {AuditAction::ActionUndeclared, "action.undeclared"},
    {AuditAction::AgentAdded, "agent.added"},
    {AuditAction::AgentDescribed, "agent.described"},
    {AuditAction::AgentSuspended, "agent.suspended"},
    {AuditAction::AgentResumed, "agent.resumed"},
    {AuditAction::AgentRevoked, "agent.revoked"},
    {AuditAction::GrantCreated, "grant.created"},
    {AuditAction::GrantRevoked, "grant.revoked"},
    {AuditAction::GrantMoved, "grant.moved"},
    {AuditAction::ImportSkillpack, "import.skillpack"},
    {AuditAction::ImportDotenv, "import.dotenv"},
    {AuditAction::ImportAbstractcore, "import.abstractcore"},
    {AuditAction::SkillScanned, "skill.scanned"},
    {AuditAction::SkillBlocked, "skill.blocked"},
    {AuditAction::BundleExported, "bundle.exported"},
    {AuditAction::SettingChanged, "setting.changed"},
    {AuditAction::AgentSecretsReleased, "agent.secrets-released"},
    {AuditAction::AgentCommandFinished, "agent.command-finished"},
    {AuditAction::AuditReceiptsImported, "audit.receipts-imported"},
}};

} // namespace

QString AuditActions::name(AuditAction action)
{
    for (const auto& [value, text] : Names) {
        if (value == action) {
            return QString::fromLatin1(text);
        }
    }
    return QString();
}

std::optional<AuditAction> AuditActions::fromName(const QString& name)
{
    for (const auto& [value, text] : Names) {
        if (name == QLatin1String(text)) {
            return value;
        }
    }
    return std::nullopt;
}

QList<AuditAction> AuditActions::all()
{
    QList<AuditAction> result;
    for (const auto& entry : Names) {
        result << entry.first;
    }
    return result;
}

} // namespace scopevault
