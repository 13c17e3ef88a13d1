#include "scan/FolderWalk.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>

namespace scopevault {

void FolderWalk::each(const QString& root, const Visit& visit)
{
    walk(root, QString(), visit);
}

void FolderWalk::walk(const QString& root, const QString& relative, const Visit& visit)
{
    const QDir dir(relative.isEmpty() ? root : root + QLatin1Char('/') + relative);
    const QStringList names = dir.entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString& name : names) {
        const QString path = relative.isEmpty() ? name : relative + QLatin1Char('/') + name;
        const QByteArray native = QFile::encodeName(root + QLatin1Char('/') + path);
        struct stat status = {};
        if (::lstat(native.constData(), &status) != 0) {
            visit(path, native, nullptr);
        } else if (S_ISDIR(status.st_mode)) {
            if (name != QLatin1String(".git")) {
                walk(root, path, visit);
            }
        } else {
            visit(path, native, &status);
        }
    }
}

} // namespace scopevault
