#include "scan/ScanDigest.h"

#include "scan/FolderWalk.h"

#include <QFile>
#include <QFileInfo>

#include <sodium.h>
#include <sys/stat.h>

namespace scopevault {

namespace {

void add(crypto_generichash_state& state, const QByteArray& bytes)
{
    const quint64 size = quint64(bytes.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(&size), sizeof size);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(bytes.constData()),
                              std::size_t(bytes.size()));
}

} // namespace

QString ScanDigest::ofFolder(const QString& folder, qint64 maxFileBytes)
{
    if (!QFileInfo(folder).isDir()) {
        return QString();
    }
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    FolderWalk::each(
        QFileInfo(folder).absoluteFilePath(),
        [&](const QString& path, const QByteArray& native, const struct stat* status) {
            if (!status) {
                return;
            }
            if (S_ISLNK(status->st_mode)) {
                add(state, QByteArrayLiteral("link"));
                add(state, path.toUtf8());
                add(state,
                    QFile::encodeName(QFileInfo(QString::fromLocal8Bit(native)).symLinkTarget()));
            } else if (S_ISREG(status->st_mode)) {
                add(state, QByteArrayLiteral("file"));
                add(state, path.toUtf8());
                QFile file(QString::fromLocal8Bit(native));
                if (status->st_size > maxFileBytes || !file.open(QIODevice::ReadOnly)) {
                    add(state, QByteArray::number(qint64(status->st_size)) + ' ' +
                                   QByteArray::number(qint64(status->st_mtime)));
                } else {
                    add(state, file.read(maxFileBytes));
                }
            }
        });
    unsigned char digest[32];
    crypto_generichash_final(&state, digest, sizeof digest);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), 32).toHex());
}

} // namespace scopevault
