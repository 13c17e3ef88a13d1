#pragma once

#include "import/SkillpackPlan.h"

#include <QString>

#include <optional>

namespace scopevault {

class VaultService;
class VaultStore;

/// Imports skill packs: DIR/<action>/manifest.yaml (one pack) or DIR/<pack>/<action>/ (several).
/// Registers packs, actions and declarations; never invents values. Re-importing updates the
/// declarations and keeps everything the admin set (values, grants, descriptions).
class SkillpackImporter final
{
public:
    explicit SkillpackImporter(VaultService& vault);

    /// Parses every manifest first: any error (bad YAML, a bad name, no manifests at all)
    /// throws before anything is written. `pack` names the pack of a one-pack folder.
    [[nodiscard]] SkillpackPlan plan(const QString& dir, const std::optional<QString>& pack);
    /// Writes the plan in one transaction; `source` (the folder) names the audit event.
    void apply(const SkillpackPlan& plan, const QString& source = QString());

private:
    VaultStore& m_store;
};

} // namespace scopevault
