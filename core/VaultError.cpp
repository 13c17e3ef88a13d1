#include "VaultError.h"

namespace scopevault {

VaultError::VaultError(ErrorCode code, const QString& message)
    : std::runtime_error(message.toStdString())
    , m_code(code)
    , m_message(message)
{}

} // namespace scopevault
