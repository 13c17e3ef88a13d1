#pragma once

#include "secrets/SecretRef.h"

namespace scopevault {

/// A secret whose value lives in the OS keychain, and whether the keychain holds it.
struct KeychainEntry
{
    enum class State
    {
        Present,
        Missing,   // the keychain has no entry for it
        Different, // the keychain's entry is not the one the vault stored
    };

    SecretRef ref;
    State state = State::Present;
};

} // namespace scopevault
