#pragma once

#include "vault/VaultError.h"

#include <QString>

#include <functional>

namespace scopevault::test {

/// The code of the VaultError `action` throws, or ErrorCode(0) when it throws none.
[[nodiscard]] ErrorCode codeOf(const std::function<void()>& action);
/// Runs the sqlite3 tool on a file, as an attacker with the file would; fails the run loudly
/// when the statement fails. Returns its output, trimmed.
QByteArray runSqlite(const QString& path, const QString& sql);
/// A fresh X25519 public key, base64, as `scopevault-agent keygen` prints it.
[[nodiscard]] QString newAgentPublicKey();

} // namespace scopevault::test
