#pragma once

#include <cstddef>

namespace scopevault {

/// POSIX file-descriptor I/O the Qt classes do not cover (secure buffers, pipes to children).
class FileDescriptor final
{
public:
    /// Writes all `size` bytes, retrying on EINTR and short writes. False on error (errno set).
    [[nodiscard]] static bool writeAll(int fd, const void* data, std::size_t size);
};

} // namespace scopevault
