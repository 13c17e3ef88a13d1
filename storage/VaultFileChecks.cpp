#include "VaultFileChecks.h"

#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace scopevault {

// A path that is a symbolic link to nothing, or part of a loop of links, named as such
// (rather than "no vault" or "already exists").
void VaultFileChecks::refuseBrokenLink(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat target
    {};
    if (::stat(native.constData(), &target) == 0) {
        return;
    }
    if (errno == ELOOP) {
        throw VaultError(ErrorCode::Other,
                         QCoreApplication::translate("SqliteVaultRepository",
                                                     "%1: the symbolic links it goes through "
                                                     "form a loop")
                             .arg(path));
    }
    const QFileInfo info(path);
    if (errno == ENOENT && info.isSymLink()) {
        throw VaultError(ErrorCode::Other,
                         QCoreApplication::translate("SqliteVaultRepository",
                                                     "%1 is a symbolic link to %2, which does not "
                                                     "exist; give the vault file's own path")
                             .arg(path, info.symLinkTarget()));
    }
}

// -wal and -shm files this user owns but cannot write (SQLite gives them the database file's
// mode, so a read-only attempt on a 0400 file left them 0400) get the file's mode back.
void VaultFileChecks::repairSidecars(const QString& path)
{
    struct stat database
    {};
    if (::stat(QFile::encodeName(path).constData(), &database) != 0) {
        return;
    }
    for (const char* suffix : {"-wal", "-shm"}) {
        const QByteArray sidecar = QFile::encodeName(path + QLatin1String(suffix));
        struct stat current
        {};
        if (::lstat(sidecar.constData(), &current) == 0 && S_ISREG(current.st_mode) &&
            current.st_uid == ::geteuid() && (current.st_mode & S_IWUSR) == 0) {
            (void)::chmod(sidecar.constData(), database.st_mode & 0777);
        }
    }
}

} // namespace scopevault
