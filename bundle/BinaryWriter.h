#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace scopevault {

/// Writes big-endian integers and length-prefixed fields into a buffer it does not own whose
/// size the caller computed beforehand (so secret payloads are built in place, in secure
/// memory, without reallocation).
class BinaryWriter final
{
public:
    BinaryWriter(unsigned char* data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {}

    [[nodiscard]] std::size_t offset() const { return m_offset; }

    void u8(std::uint8_t value);
    void u16(std::uint16_t value);
    void u32(std::uint32_t value);
    void u64(std::uint64_t value);
    void bytes(const void* data, std::size_t count);
    /// u16 length and the UTF-8 bytes; the caller checked the length fits.
    void text16(const std::string& utf8);
    /// The bytes text16 writes for `utf8`.
    [[nodiscard]] static std::size_t text16Size(const std::string& utf8) { return 2 + utf8.size(); }

private:
    void require(std::size_t count) const;

    unsigned char* m_data;
    std::size_t m_size;
    std::size_t m_offset = 0;
};

} // namespace scopevault
