#include "ReceiptLog.h"

#include "AgentError.h"
#include "Text.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace scopevault {

namespace {

/// mkdir -p of the directory part of `path`, mode 0700 for what it creates.
bool makeParents(const std::string& path)
{
    for (std::size_t slash = path.find('/', 1); slash != std::string::npos;
         slash = path.find('/', slash + 1)) {
        const std::string directory = path.substr(0, slash);
        if (::mkdir(directory.c_str(), 0700) != 0 && errno != EEXIST) {
            return false;
        }
    }
    return true;
}

} // namespace

std::string ReceiptLog::defaultPath()
{
    const char* dataHome = std::getenv("XDG_DATA_HOME");
    std::string base;
    if (dataHome && dataHome[0] == '/') {
        base = dataHome;
    } else {
        const char* home = std::getenv("HOME");
        base = std::string(home ? home : "") + "/.local/share";
    }
    return base + "/scopevault-agent/receipts.jsonl";
}

void ReceiptLog::append(const Receipt& receipt, bool durable) const
{
    const auto fail = [&](int error) {
        return AgentError(ErrorCode::Other, Text::format("cannot write the receipt to %s: %s",
                                                         {m_path, std::strerror(error)}));
    };
    const std::string line = receipt.toJsonLine();
    const auto openLog = [this] {
        return ::open(m_path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    };
    int fd = openLog();
    if (fd < 0 && errno == ENOENT) {
        // The first receipt: its folders are made then (and not checked on every exec).
        if (!makeParents(m_path)) {
            throw fail(errno);
        }
        fd = openLog();
    }
    if (fd < 0) {
        throw fail(errno);
    }
    // One write() of one line with O_APPEND: concurrent consumers never interleave lines.
    const ssize_t written = ::write(fd, line.data(), line.size());
    const int writeError = errno;
    const bool complete = written >= 0 && static_cast<std::size_t>(written) == line.size();
    const bool synced = complete && (!durable || ::fsync(fd) == 0);
    const int syncError = errno;
    ::close(fd);
    if (!complete) {
        throw fail(written < 0 ? writeError : EIO);
    }
    if (!synced) {
        throw fail(syncError);
    }
}

} // namespace scopevault
