#pragma once

namespace scopevault {

/// Initialises libsodium and runs known-answer self-tests of the primitives the vault uses.
class CryptoInit final
{
public:
    /// Throws std::runtime_error when libsodium cannot be initialised or a self-test fails.
    static void ensureInitialised();
};

} // namespace scopevault
