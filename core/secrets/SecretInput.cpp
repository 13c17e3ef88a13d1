#include "secrets/SecretInput.h"

#include "FileDescriptor.h"
#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace scopevault {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Restores the terminal's echo however the read ends.
class EchoOff final
{
public:
    explicit EchoOff(int fd)
        : m_fd(fd)
    {
        m_active = tcgetattr(fd, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            quiet.c_lflag |= ECHONL;
            tcsetattr(fd, TCSAFLUSH, &quiet);
        }
    }
    ~EchoOff()
    {
        if (m_active) {
            tcsetattr(m_fd, TCSAFLUSH, &m_saved);
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    int m_fd;
    bool m_active = false;
    termios m_saved{};
};

} // namespace

SecureBuffer SecretInput::readAll(int fd, const QString& what)
{
    SecureBuffer buffer;
    if (!FileDescriptor::readAll(fd, buffer, MaxBytes)) {
        if (errno == EFBIG) {
            throw VaultError(
                ErrorCode::Usage,
                QCoreApplication::translate("SecretInput",
                                            "%1 is larger than %2 MiB, the most Scopevault reads "
                                            "from one file or input")
                    .arg(what)
                    .arg(MaxBytes / (1024 * 1024)));
        }
        throw VaultError(ErrorCode::Other,
                         QCoreApplication::translate("SecretInput", "cannot read %1: %2")
                             .arg(what, systemError()));
    }
    return buffer;
}

SecureBuffer SecretInput::readFile(const QString& path)
{
    return readOpened(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC), path);
}

SecureBuffer SecretInput::readRegularFile(const QString& path)
{
    const int fd = FileDescriptor::openRegularFile(QFile::encodeName(path).constData());
    if (fd < 0 && errno == EINVAL) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("SecretInput",
                                                     "%1 is not a regular file (a folder, FIFO or "
                                                     "device); give a file")
                             .arg(path));
    }
    return readOpened(fd, path);
}

SecureBuffer SecretInput::readOpened(int fd, const QString& path)
{
    if (fd < 0) {
        throw VaultError(ErrorCode::Other,
                         QCoreApplication::translate("SecretInput", "cannot open %1: %2")
                             .arg(path, systemError()));
    }
    try {
        SecureBuffer content = readAll(fd, path);
        ::close(fd);
        return content;
    } catch (...) {
        ::close(fd);
        throw;
    }
}

SecureBuffer SecretInput::promptTerminal(const QString& prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate(
                             "SecretInput",
                             "no terminal to prompt on; give the input with a file or a file "
                             "descriptor instead"));
    }
    const QByteArray promptBytes = prompt.toLocal8Bit();
    (void)!::write(fd, promptBytes.constData(), static_cast<std::size_t>(promptBytes.size()));
    SecureBuffer line;
    line.append(nullptr, 0);
    {
        EchoOff echoOff(fd);
        unsigned char c = 0;
        for (;;) {
            const ssize_t n = ::read(fd, &c, 1);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0 || c == '\n') {
                break;
            }
            if (line.size() >= MaxBytes) {
                break;
            }
            line.append(&c, 1);
        }
        c = 0;
    }
    ::close(fd);
    if (line.size() > 0 && line.data()[line.size() - 1] == '\r') {
        line.truncate(line.size() - 1);
    }
    return line;
}

bool SecretInput::isTerminal(int fd)
{
    return ::isatty(fd) == 1;
}

void SecretInput::stripTrailingNewline(SecureBuffer& buffer)
{
    if (buffer.size() > 0 && buffer.data()[buffer.size() - 1] == '\n') {
        buffer.truncate(buffer.size() - 1);
        if (buffer.size() > 0 && buffer.data()[buffer.size() - 1] == '\r') {
            buffer.truncate(buffer.size() - 1);
        }
    }
}

} // namespace scopevault
