#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace scopevault {

/// Where a folder's skill packs and actions are: DIR/<action>/manifest.yaml (one pack, named
/// after DIR or the given name) or DIR/<pack>/<action>/manifest.yaml. The import and the
/// scanner's gate read folders the same way.
class SkillpackLayout final
{
public:
    static inline const QString ManifestFile = QStringLiteral("manifest.yaml");

    struct ActionFolder
    {
        QString pack;
        QString folder; // the action's folder
    };
    struct PackFolder
    {
        QString pack;
        QString folder; // the folder holding the pack's action folders
    };

    /// Every action folder with its pack. Throws VaultError(NotFound) when DIR is no folder or
    /// holds no manifest in either layout, Usage when a pack name is given for a folder of
    /// several packs.
    [[nodiscard]] static QList<ActionFolder> actionFolders(const QString& dir,
                                                           const std::optional<QString>& pack);
    /// Every pack with its folder; empty (no error) when DIR holds no pack.
    [[nodiscard]] static QList<PackFolder> packFolders(const QString& dir);
};

} // namespace scopevault
