#pragma once

#include "ErrorCode.h"

#include <QString>

#include <stdexcept>

namespace scopevault {

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
