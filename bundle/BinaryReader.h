#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace scopevault {

/// Reads big-endian integers and length-prefixed fields from bytes it does not own, never
/// past the end: every read reports whether the bytes were there.
class BinaryReader final
{
public:
    BinaryReader(const unsigned char* data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {}

    [[nodiscard]] std::size_t offset() const { return m_offset; }
    [[nodiscard]] std::size_t remaining() const { return m_size - m_offset; }
    [[nodiscard]] bool atEnd() const { return m_offset == m_size; }

    [[nodiscard]] bool u8(std::uint8_t& out);
    [[nodiscard]] bool u16(std::uint16_t& out);
    [[nodiscard]] bool u32(std::uint32_t& out);
    [[nodiscard]] bool u64(std::uint64_t& out);
    /// `count` bytes as a view into the reader's data.
    [[nodiscard]] bool bytes(std::size_t count, const unsigned char*& out);
    /// A u16 length and that many bytes of UTF-8 (rejected when not valid UTF-8).
    [[nodiscard]] bool text16(std::string& out);

private:
    const unsigned char* m_data;
    std::size_t m_size;
    std::size_t m_offset = 0;
};

} // namespace scopevault
