#include "scan/ScanDigest.h"

#include <QDir>
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

void walk(crypto_generichash_state& state, const QString& root, const QString& relative,
          qint64 maxFileBytes)
{
    const QDir dir(relative.isEmpty() ? root : root + QLatin1Char('/') + relative);
    const QStringList names = dir.entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString& name : names) {
        const QString path = relative.isEmpty() ? name : relative + QLatin1Char('/') + name;
        const QByteArray native = QFile::encodeName(root + QLatin1Char('/') + path);
        struct stat status = {};
        if (::lstat(native.constData(), &status) != 0) {
            continue;
        }
        if (S_ISDIR(status.st_mode)) {
            if (name != QLatin1String(".git")) {
                walk(state, root, path, maxFileBytes);
            }
        } else if (S_ISLNK(status.st_mode)) {
            add(state, QByteArrayLiteral("link"));
            add(state, path.toUtf8());
            add(state,
                QFile::encodeName(QFileInfo(QString::fromLocal8Bit(native)).symLinkTarget()));
        } else if (S_ISREG(status.st_mode)) {
            add(state, QByteArrayLiteral("file"));
            add(state, path.toUtf8());
            QFile file(QString::fromLocal8Bit(native));
            if (status.st_size > maxFileBytes || !file.open(QIODevice::ReadOnly)) {
                add(state, QByteArray::number(qint64(status.st_size)) + ' ' +
                               QByteArray::number(qint64(status.st_mtime)));
            } else {
                add(state, file.read(maxFileBytes));
            }
        }
    }
}

} // namespace

QString ScanDigest::ofFolder(const QString& folder, qint64 maxFileBytes)
{
    if (!QFileInfo(folder).isDir()) {
        return QString();
    }
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    walk(state, QFileInfo(folder).absoluteFilePath(), QString(), maxFileBytes);
    unsigned char digest[32];
    crypto_generichash_final(&state, digest, sizeof digest);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), 32).toHex());
}

} // namespace scopevault
