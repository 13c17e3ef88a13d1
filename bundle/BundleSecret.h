#pragma once

#include "SecureBuffer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scopevault {

/// One secret inside a bundle's payload: what the agent sees it as (name), where it came
/// from (reference, provenance scope, version), which of the bundle's actions use it, and
/// its value. Text fields are UTF-8.
struct BundleSecret
{
    std::string name;
    std::string reference;  // "SCOPE:NAME" in the vault
    std::string provenance; // the scope that supplied it: "system", "PACK" or "PACK/ACTION"
    std::uint64_t version = 1;
    std::vector<std::uint16_t> actions; // indexes into the payload's action list
    SecureBuffer value;                 // an owned value (secrets built one by one)
    /// Set instead of `value` by an exporter that shares one decrypted value among many
    /// bundles (it must outlive the encoding).
    const SecureBuffer* shared = nullptr;
    /// Set by BundlePayload::parse: the value inside the payload's own secure plaintext, so
    /// opening a bundle makes one guarded allocation, not one per secret.
    std::optional<std::string_view> slice;

    [[nodiscard]] std::string_view bytes() const
    {
        return slice ? *slice : shared ? shared->view() : value.view();
    }
};

} // namespace scopevault
