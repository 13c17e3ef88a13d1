#pragma once

#include "SecureBuffer.h"

#include <cstddef>

namespace scopevault {

/// POSIX file-descriptor I/O straight to and from secure memory (and pipes to children).
class FileDescriptor final
{
public:
    /// Writes all `size` bytes, retrying on EINTR and short writes. False on error (errno set).
    [[nodiscard]] static bool writeAll(int fd, const void* data, std::size_t size);
    /// Appends what `fd` holds up to its end to `out`, retrying on EINTR. False on error
    /// (errno set; EFBIG when there is more than `maxBytes`).
    [[nodiscard]] static bool readAll(int fd, SecureBuffer& out, std::size_t maxBytes);
    /// readAll of a file opened read-only. False on error (errno set).
    [[nodiscard]] static bool readFile(const char* path, SecureBuffer& out, std::size_t maxBytes);
};

} // namespace scopevault
