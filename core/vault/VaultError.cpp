#include "vault/VaultError.h"

namespace scopevault {

VaultError::VaultError(ErrorCode code, const QString& message, Remedy remedy, QStringList details)
    : std::runtime_error(message.toStdString())
    , m_code(code)
    , m_message(message)
    , m_remedy(remedy)
    , m_details(std::move(details))
{}

QString VaultError::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Other:
        return QStringLiteral("error");
    case ErrorCode::Usage:
        return QStringLiteral("usage");
    case ErrorCode::WrongPassphrase:
        return QStringLiteral("wrong-passphrase");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Integrity:
        return QStringLiteral("integrity");
    case ErrorCode::Denied:
        return QStringLiteral("denied");
    }
    return {};
}

} // namespace scopevault
