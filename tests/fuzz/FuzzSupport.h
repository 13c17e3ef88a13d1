#pragma once

// What every fuzz target shares: the crypto library initialised once, Qt's core application
// for translations, and a refusal (the product's typed exceptions) counted as a good outcome.
#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace scopevault::fuzz {

/// Call from LLVMFuzzerInitialize.
void initialize(int* argc, char*** argv);
[[nodiscard]] inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace scopevault::fuzz
