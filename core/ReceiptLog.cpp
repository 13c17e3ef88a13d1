#include "ReceiptLog.h"

#include "VaultError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace scopevault {

QString ReceiptLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/scopevault-agent/receipts.jsonl");
}

void ReceiptLog::append(const Receipt& receipt) const
{
    const auto fail = [&](int error) {
        return VaultError(
            ErrorCode::Other,
            QCoreApplication::translate("ReceiptLog", "cannot write the receipt to %1: %2")
                .arg(m_path, QString::fromLocal8Bit(std::strerror(error))));
    };
    const QString directory = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(directory)) {
        throw fail(errno);
    }
    const QByteArray line = QJsonDocument(receipt.toJson()).toJson(QJsonDocument::Compact) + '\n';
    const int fd = ::open(QFile::encodeName(m_path).constData(),
                          O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        throw fail(errno);
    }
    // One write() of one line with O_APPEND: concurrent consumers never interleave lines.
    const ssize_t written = ::write(fd, line.constData(), static_cast<std::size_t>(line.size()));
    const int writeError = errno;
    const bool synced = written == line.size() && ::fsync(fd) == 0;
    const int syncError = errno;
    ::close(fd);
    if (written != line.size()) {
        throw fail(written < 0 ? writeError : EIO);
    }
    if (!synced) {
        throw fail(syncError);
    }
}

} // namespace scopevault
