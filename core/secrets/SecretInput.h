#pragma once

#include "SecureBuffer.h"

#include <QString>

namespace scopevault {

/// Reads passphrases and values straight into secure memory: from a file descriptor, a file
/// or the controlling terminal (echo off). Never through argv, QString or a temp file.
class SecretInput final
{
public:
    static constexpr std::size_t MaxBytes = 16 * 1024 * 1024;

    /// Reads `fd` to its end. `what` names the source in errors ("stdin", "fd 3").
    [[nodiscard]] static SecureBuffer readAll(int fd, const QString& what);
    [[nodiscard]] static SecureBuffer readFile(const QString& path);
    /// readFile for inputs that must be a file (a .env, a config, a checkpoint): a folder,
    /// FIFO or device is refused at once instead of read (or waited on).
    [[nodiscard]] static SecureBuffer readRegularFile(const QString& path);
    /// Prompts on /dev/tty with echo off and reads one line (without its line end).
    [[nodiscard]] static SecureBuffer promptTerminal(const QString& prompt);
    [[nodiscard]] static bool isTerminal(int fd);
    /// Drops one trailing "\n" or "\r\n", as written by editors and `echo`.
    static void stripTrailingNewline(SecureBuffer& buffer);

private:
    /// Reads what an open(2) returned (closing it), or names `path` and errno when it is -1.
    [[nodiscard]] static SecureBuffer readOpened(int fd, const QString& path);
};

} // namespace scopevault
