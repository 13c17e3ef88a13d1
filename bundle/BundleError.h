#pragma once

#include <stdexcept>
#include <string>

namespace scopevault {

/// Why a bundle is refused (or cannot be delivered as asked). Each reason has its own exit
/// code in scopevault-agent and its own exception class in the Python reader; see
/// docs/BUNDLE-FORMAT.md, "Refusals". Messages never carry a secret value.
class BundleError final : public std::runtime_error
{
public:
    enum class Reason
    {
        Damaged = 10,            // not a bundle, truncated, or altered ciphertext/payload
        UnsupportedVersion = 11, // a format version this reader does not know
        UnknownVaultKey = 12,    // signed by a vault key other than the pinned one
        BadSignature = 13,       // the pinned key's signature does not verify
        WrongIdentity = 14,      // made for another agent key
        Expired = 15,            // past its expiry, or created in the future
        Selection = 16,          // an action not in the bundle, or names that conflict
        Unrepresentable = 17,    // a value the chosen delivery cannot carry (e.g. NUL in env)
    };

    BundleError(Reason reason, const std::string& message)
        : std::runtime_error(message)
        , m_reason(reason)
    {}

    [[nodiscard]] Reason reason() const { return m_reason; }
    /// The process exit code scopevault-agent uses for this reason.
    [[nodiscard]] int exitCode() const { return static_cast<int>(m_reason); }

private:
    Reason m_reason;
};

} // namespace scopevault
