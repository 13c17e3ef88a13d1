#pragma once

#include "BundleSecret.h"
#include "SecureBuffer.h"

#include <optional>
#include <string>
#include <vector>

namespace scopevault {

/// The encrypted part of a bundle (docs/BUNDLE-FORMAT.md, "Payload"): the actions the
/// bundle was made for and, for each secret, its name, reference, provenance, version, the
/// actions that use it and its value. Encoded and decoded in secure memory.
class BundlePayload final
{
public:
    std::vector<std::string> actions;
    std::vector<BundleSecret> secrets;
    /// The decrypted payload a parsed bundle's values point into (BundleSecret::slice).
    SecureBuffer plaintext;

    /// The plaintext payload bytes.
    [[nodiscard]] SecureBuffer encode() const;
    /// Parses decrypted payload bytes. Throws BundleError(Damaged) naming `source`.
    [[nodiscard]] static BundlePayload parse(SecureBuffer plaintext, const std::string& source);
    /// Even under a valid signature, every action must be PACK/ACTION and listed once, every
    /// secret name an environment-variable name, no (name, reference) twice and no action
    /// twice in one secret's list: throws BundleError(Damaged) otherwise (BUNDLE-FORMAT.md).
    void checkNames(const std::string& source) const;

    /// What one delivery receives, sorted by name: the secrets of `action`, or of every
    /// action when none is given. Throws BundleError(Selection) for an action the bundle was
    /// not made for, or when two actions give one name different references.
    [[nodiscard]] std::vector<const BundleSecret*>
    select(const std::optional<std::string>& action) const;
};

} // namespace scopevault
