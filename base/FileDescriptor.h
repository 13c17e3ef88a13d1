#pragma once

#include "SecureBuffer.h"

#include <cstddef>
#include <string>
#include <string_view>

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
    /// Opens `path` read-only without blocking on a FIFO and without reading a device: the fd
    /// when it is a regular file (symlinks to one are fine), else -1 with errno set (EINVAL
    /// for a folder, FIFO, socket or device).
    [[nodiscard]] static int openRegularFile(const char* path);
    /// Replaces `path` with `bytes` atomically: a new file in the same folder (mode `mode`),
    /// written and synced, then renamed over `path`. A symlink at `path` is replaced, never
    /// written through. False on error (errno set); nothing is left behind then.
    [[nodiscard]] static bool writeFileAtomically(const std::string& path, std::string_view bytes,
                                                  unsigned mode);
};

} // namespace scopevault
