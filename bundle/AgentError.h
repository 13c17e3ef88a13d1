#pragma once

#include "ErrorCode.h"

#include <stdexcept>
#include <string>

namespace scopevault {

/// A failure on the agent's host that is not the bundle's fault (for that, BundleError): bad
/// usage, a missing or unsafe identity file, a receipt log that cannot be written. Names the
/// file and field; never carries a secret.
class AgentError final : public std::runtime_error
{
public:
    AgentError(ErrorCode code, const std::string& message)
        : std::runtime_error(message)
        , m_code(code)
    {}

    [[nodiscard]] ErrorCode code() const { return m_code; }
    [[nodiscard]] int exitCode() const { return static_cast<int>(m_code); }

private:
    ErrorCode m_code;
};

} // namespace scopevault
