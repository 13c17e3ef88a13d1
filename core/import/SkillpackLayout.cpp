#include "import/SkillpackLayout.h"

#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace scopevault {

namespace {

QStringList subdirectories(const QString& dir)
{
    return QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

bool hasManifest(const QString& dir)
{
    return QFile::exists(dir + QLatin1Char('/') + SkillpackLayout::ManifestFile);
}

} // namespace

QList<SkillpackLayout::ActionFolder>
SkillpackLayout::actionFolders(const QString& dir, const std::optional<QString>& pack)
{
    if (!QFileInfo(dir).isDir()) {
        throw VaultError(
            ErrorCode::NotFound,
            QCoreApplication::translate("SkillpackImporter", "%1 is not a folder").arg(dir));
    }
    QList<ActionFolder> found;
    for (const QString& sub : subdirectories(dir)) {
        if (hasManifest(dir + QLatin1Char('/') + sub)) {
            found.append({pack.value_or(QDir(dir).dirName()), dir + QLatin1Char('/') + sub});
        }
    }
    if (found.isEmpty()) {
        for (const QString& packDir : subdirectories(dir)) {
            for (const QString& sub : subdirectories(dir + QLatin1Char('/') + packDir)) {
                const QString actionDir = dir + QLatin1Char('/') + packDir + QLatin1Char('/') + sub;
                if (hasManifest(actionDir)) {
                    found.append({packDir, actionDir});
                }
            }
        }
        if (!found.isEmpty() && pack) {
            throw VaultError(ErrorCode::Usage,
                             QCoreApplication::translate(
                                 "SkillpackImporter",
                                 "%1 holds several packs; a pack name applies only to a folder "
                                 "of one pack's actions")
                                 .arg(dir));
        }
    }
    if (found.isEmpty()) {
        throw VaultError(
            ErrorCode::NotFound,
            QCoreApplication::translate("SkillpackImporter",
                                        "no manifest.yaml in %1/<action>/ or %1/<pack>/<action>/")
                .arg(dir));
    }
    return found;
}

QList<SkillpackLayout::PackFolder> SkillpackLayout::packFolders(const QString& dir)
{
    QList<PackFolder> packs;
    try {
        for (const ActionFolder& action : actionFolders(dir, std::nullopt)) {
            const QString folder = QFileInfo(action.folder).absolutePath();
            const bool known = std::any_of(packs.cbegin(), packs.cend(), [&](const PackFolder& p) {
                return p.pack == action.pack;
            });
            if (!known) {
                packs.append({action.pack, QFileInfo(folder).absoluteFilePath()});
            }
        }
    } catch (const VaultError&) {
        return {}; // no pack here
    }
    return packs;
}

} // namespace scopevault
