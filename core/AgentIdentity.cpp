#include "AgentIdentity.h"

#include "FileDescriptor.h"
#include "KeyFingerprint.h"
#include "SecretInput.h"
#include "VaultError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace scopevault {

namespace {

constexpr QByteArrayView KeyLinePrefix = "SCOPEVAULT-AGENT-IDENTITY-1 ";

QString tr(const char* text)
{
    return QCoreApplication::translate("AgentIdentity", text);
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

AgentIdentity::AgentIdentity(SecureBuffer secretKey)
    : m_secretKey(std::move(secretKey))
    , m_publicKey(crypto_scalarmult_BYTES, Qt::Uninitialized)
{
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(m_publicKey.data()),
                           m_secretKey.data());
}

AgentIdentity AgentIdentity::generate()
{
    SecureBuffer secret(KeyBytes);
    randombytes_buf(secret.data(), secret.size());
    return AgentIdentity(std::move(secret));
}

AgentIdentity AgentIdentity::load(const QString& path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        throw VaultError(errno == ENOENT ? ErrorCode::NotFound : ErrorCode::Other,
                         tr("cannot read identity %1: %2").arg(path, errnoText()));
    }
    if ((info.st_mode & 077) != 0) {
        throw VaultError(ErrorCode::Denied,
                         tr("identity %1 is accessible by other users (mode %2); run "
                            "'chmod 600 %1' first")
                             .arg(path, QString::number(info.st_mode & 0777, 8)));
    }
    const SecureBuffer content = SecretInput::readFile(path);
    const auto* data = reinterpret_cast<const char*>(content.data());
    std::size_t lineStart = 0;
    int lineNumber = 0;
    while (lineStart < content.size()) {
        ++lineNumber;
        std::size_t lineEnd = lineStart;
        while (lineEnd < content.size() && data[lineEnd] != '\n') {
            ++lineEnd;
        }
        const QByteArrayView line(data + lineStart, static_cast<qsizetype>(lineEnd - lineStart));
        lineStart = lineEnd + 1;
        if (line.trimmed().isEmpty() || line.startsWith('#')) {
            continue;
        }
        if (!line.startsWith(KeyLinePrefix)) {
            throw VaultError(ErrorCode::Usage,
                             tr("%1:%2: not a Scopevault agent identity line (expected '%3...')")
                                 .arg(path)
                                 .arg(lineNumber)
                                 .arg(QString::fromLatin1(KeyLinePrefix.toByteArray().trimmed())));
        }
        const QByteArrayView encoded = line.sliced(KeyLinePrefix.size()).trimmed();
        SecureBuffer secret(KeyBytes);
        std::size_t decoded = 0;
        if (sodium_base642bin(secret.data(), secret.size(), encoded.data(),
                              static_cast<std::size_t>(encoded.size()), nullptr, &decoded, nullptr,
                              sodium_base64_VARIANT_ORIGINAL) != 0 ||
            decoded != KeyBytes) {
            throw VaultError(ErrorCode::Usage, tr("%1:%2: the secret key is not %3 bytes of base64")
                                                   .arg(path)
                                                   .arg(lineNumber)
                                                   .arg(KeyBytes));
        }
        return AgentIdentity(std::move(secret));
    }
    throw VaultError(ErrorCode::Usage, tr("%1 holds no identity line").arg(path));
}

void AgentIdentity::save(const QString& path) const
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        throw VaultError(errno == EEXIST ? ErrorCode::Usage : ErrorCode::Other,
                         errno == EEXIST
                             ? tr("%1 already exists; an identity is never overwritten").arg(path)
                             : tr("cannot create %1: %2").arg(path, errnoText()));
    }
    const QByteArray comments =
        (QStringLiteral("# Scopevault agent identity (X25519 secret key). Keep it private.\n"
                        "# created: %1\n# public key: %2\n# fingerprint: %3\n")
             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), publicKeyBase64(),
                  fingerprint()))
            .toUtf8();
    const std::size_t encodedSize =
        sodium_base64_ENCODED_LEN(KeyBytes, sodium_base64_VARIANT_ORIGINAL);
    SecureBuffer line(static_cast<std::size_t>(KeyLinePrefix.size()) + encodedSize);
    std::memcpy(line.data(), KeyLinePrefix.data(), static_cast<std::size_t>(KeyLinePrefix.size()));
    sodium_bin2base64(reinterpret_cast<char*>(line.data() + KeyLinePrefix.size()), encodedSize,
                      m_secretKey.data(), m_secretKey.size(), sodium_base64_VARIANT_ORIGINAL);
    line.data()[line.size() - 1] = '\n'; // replaces the terminating NUL
    const bool ok = FileDescriptor::writeAll(fd, comments.constData(),
                                             static_cast<std::size_t>(comments.size())) &&
                    FileDescriptor::writeAll(fd, line.data(), line.size()) && ::fsync(fd) == 0;
    const QString error = errnoText();
    ::close(fd);
    if (!ok) {
        ::unlink(QFile::encodeName(path).constData());
        throw VaultError(ErrorCode::Other, tr("cannot write %1: %2").arg(path, error));
    }
}

QString AgentIdentity::publicKeyBase64() const
{
    return QString::fromLatin1(m_publicKey.toBase64());
}

QString AgentIdentity::fingerprint() const
{
    return KeyFingerprint::text(m_publicKey);
}

} // namespace scopevault
