#include "audit/AuditKind.h"

#include <array>
#include <utility>

namespace scopevault {

namespace {

constexpr std::array<std::pair<AuditKind, const char*>, 7> Names{{
    {AuditKind::Reads, "reads"},
    {AuditKind::Changes, "changes"},
    {AuditKind::Grants, "grants"},
    {AuditKind::Agents, "agents"},
    {AuditKind::Bundles, "bundles"},
    {AuditKind::Vault, "vault"},
    {AuditKind::Catalog, "catalog"},
}};

} // namespace

QString AuditKinds::name(AuditKind kind)
{
    for (const auto& [value, text] : Names) {
        if (value == kind) {
            return QString::fromLatin1(text);
        }
    }
    return QString();
}

std::optional<AuditKind> AuditKinds::fromName(const QString& name)
{
    for (const auto& [value, text] : Names) {
        if (name == QLatin1String(text)) {
            return value;
        }
    }
    return std::nullopt;
}

QList<AuditKind> AuditKinds::all()
{
    QList<AuditKind> result;
    for (const auto& entry : Names) {
        result << entry.first;
    }
    return result;
}

AuditKind AuditKinds::of(AuditAction action)
{
    switch (action) {
    case AuditAction::SecretRead:
    case AuditAction::SecretRevealed:
    case AuditAction::SecretCopied:
    case AuditAction::SecretNotesRead:
    case AuditAction::AgentSecretsReleased:
        return AuditKind::Reads;
    case AuditAction::SecretCreated:
    case AuditAction::SecretUpdated:
    case AuditAction::SecretEdited:
    case AuditAction::SecretMoved:
    case AuditAction::SecretDeleted:
    case AuditAction::SecretRotated:
    case AuditAction::SecretRolledBack:
    case AuditAction::SecretRelocated:
        return AuditKind::Changes;
    case AuditAction::GrantCreated:
    case AuditAction::GrantRevoked:
    case AuditAction::GrantMoved:
        return AuditKind::Grants;
    case AuditAction::AgentAdded:
    case AuditAction::AgentDescribed:
    case AuditAction::AgentSuspended:
    case AuditAction::AgentResumed:
    case AuditAction::AgentRevoked:
    case AuditAction::AgentCommandFinished:
        return AuditKind::Agents;
    case AuditAction::BundleExported:
    case AuditAction::AuditReceiptsImported:
    case AuditAction::SkillBlocked:
        return AuditKind::Bundles;
    case AuditAction::VaultCreated:
    case AuditAction::VaultUnlocked:
    case AuditAction::VaultUnlockFailed:
    case AuditAction::VaultLocked:
    case AuditAction::VaultPassphraseChanged:
    case AuditAction::VaultUpgraded:
    case AuditAction::VaultKeyRotated:
    case AuditAction::VaultQuickUnlockEnabled:
    case AuditAction::VaultQuickUnlockForgotten:
    case AuditAction::VaultRollbackAccepted:
        return AuditKind::Vault;
    case AuditAction::PackCreated:
    case AuditAction::PackDescribed:
    case AuditAction::PackRenamed:
    case AuditAction::PackDeleted:
    case AuditAction::ActionCreated:
    case AuditAction::ActionDescribed:
    case AuditAction::ActionRenamed:
    case AuditAction::ActionDeleted:
    case AuditAction::ActionDeclared:
    case AuditAction::ActionUndeclared:
    case AuditAction::ImportSkillpack:
    case AuditAction::ImportDotenv:
    case AuditAction::ImportAbstractcore:
    case AuditAction::SkillScanned:
    case AuditAction::SettingChanged:
    case AuditAction::RotationPolicySet:
    case AuditAction::RotationPolicyCleared:
        return AuditKind::Catalog;
    }
    return AuditKind::Catalog;
}

QStringList AuditKinds::actionNames(AuditKind kind)
{
    QStringList names;
    for (const AuditAction action : AuditActions::all()) {
        if (of(action) == kind) {
            names << AuditActions::name(action);
        }
    }
    return names;
}

} // namespace scopevault
