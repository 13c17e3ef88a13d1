#include "FileDescriptor.h"

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

namespace scopevault {

bool FileDescriptor::writeAll(int fd, const void* data, std::size_t size)
{
    const auto* bytes = static_cast<const unsigned char*>(data);
    while (size > 0) {
        const ssize_t written = ::write(fd, bytes, size);
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            if (written == 0) {
                errno = EIO;
            }
            return false;
        }
        bytes += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

bool FileDescriptor::readAll(int fd, SecureBuffer& out, std::size_t maxBytes)
{
    out.append(nullptr, 0); // allocated even when the input is empty
    unsigned char chunk[4096];
    bool ok = true;
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n == 0) {
            break;
        }
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            ok = false;
            break;
        }
        if (out.size() + static_cast<std::size_t>(n) > maxBytes) {
            errno = EFBIG;
            ok = false;
            break;
        }
        out.append(chunk, static_cast<std::size_t>(n));
    }
    const int saved = errno;
    explicit_bzero(chunk, sizeof chunk);
    errno = saved;
    return ok;
}

bool FileDescriptor::readFile(const char* path, SecureBuffer& out, std::size_t maxBytes)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool ok = readAll(fd, out, maxBytes);
    const int saved = errno;
    ::close(fd);
    errno = saved;
    return ok;
}

int FileDescriptor::openRegularFile(const char* path)
{
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        return -1;
    }
    struct stat info
    {};
    const int statResult = ::fstat(fd, &info);
    if (statResult != 0 || !S_ISREG(info.st_mode)) {
        const int saved = statResult != 0 ? errno : EINVAL;
        ::close(fd);
        errno = saved;
        return -1;
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

bool FileDescriptor::writeFileAtomically(const std::string& path, std::string_view bytes,
                                         unsigned mode)
{
    const std::string::size_type slash = path.rfind('/');
    const std::string folder = slash == std::string::npos ? std::string(".")
                               : slash == 0               ? std::string("/")
                                                          : path.substr(0, slash);
    std::string temporary = folder + "/.scopevault-XXXXXX";
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fchmod(fd, static_cast<mode_t>(mode)) == 0 &&
                    writeAll(fd, bytes.data(), bytes.size()) && ::fsync(fd) == 0;
    int saved = errno;
    if (::close(fd) != 0 && ok) {
        saved = errno;
    }
    // rename() replaces the directory entry: a symlink named `path` is replaced itself.
    if (!ok || ::rename(temporary.c_str(), path.c_str()) != 0) {
        saved = ok ? errno : saved;
        ::unlink(temporary.c_str());
        errno = saved;
        return false;
    }
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        (void)::fsync(dir); // the rename itself durable; best effort
        ::close(dir);
    }
    return true;
}

} // namespace scopevault
