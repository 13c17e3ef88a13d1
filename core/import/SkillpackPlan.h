#pragma once

#include "catalog/Scope.h"
#include "import/Manifest.h"

#include <QList>
#include <QStringList>

namespace scopevault {

/// What importing a skill-pack folder would change, computed before anything is written.
struct SkillpackPlan
{
    struct ActionChange
    {
        Scope scope;
        Manifest manifest;
        bool isNew = false;
        QStringList added;   // declarations the vault does not have yet
        QStringList removed; // declarations the manifest no longer has
        QStringList changed; // same name, other description or required flag
    };

    QStringList newPacks;
    QList<ActionChange> actions;
    /// For people: e.g. a SKILL.md that seems to hold a hard-coded credential.
    QStringList warnings;
};

} // namespace scopevault
