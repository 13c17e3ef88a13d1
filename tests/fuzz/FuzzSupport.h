#pragma once

// What every fuzz target shares: the crypto library initialised once, Qt's core application
// for translations, and a refusal (the product's typed exceptions) counted as a good outcome.
#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace scopevault::fuzz {

/// Call from LLVMFuzzerInitialize.
void initialize(int* argc, char*** argv);
/// With SCOPEVAULT_FUZZ_SEEDS=DIR set: writes `content` to DIR/`name` and ends the process
/// (how the seeds in tests/fuzz/corpus were made); otherwise returns.
void writeSeedIfAsked(const char* name, std::string_view content);
[[nodiscard]] inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace scopevault::fuzz
