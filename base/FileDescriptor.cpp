#include "FileDescriptor.h"

#include <cerrno>
#include <fcntl.h>
#include <string.h>
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

} // namespace scopevault
