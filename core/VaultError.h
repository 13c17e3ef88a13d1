#pragma once

#include <QString>

#include <stdexcept>

namespace scopevault {

/// What kind of failure a VaultError reports; the CLIs map each one to an exit code.
enum class ErrorCode
{
    Other = 1,
    Usage = 2,
    WrongPassphrase = 3,
    NotFound = 4,
    Integrity = 5,
    Denied = 6,
};

/// A failure that names what failed (file, reference, field) and never carries a secret.
class VaultError final : public std::runtime_error
{
public:
    VaultError(ErrorCode code, const QString& message);

    [[nodiscard]] ErrorCode code() const { return m_code; }
    /// "not-found", "integrity", ...: for audit details and JSON output.
    [[nodiscard]] static QString codeName(ErrorCode code);
    [[nodiscard]] QString message() const { return m_message; }

private:
    ErrorCode m_code;
    QString m_message;
};

} // namespace scopevault
