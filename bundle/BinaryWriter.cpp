#include "BinaryWriter.h"

#include <cstring>
#include <stdexcept>

namespace scopevault {

void BinaryWriter::require(std::size_t count) const
{
    if (count > m_size - m_offset) {
        // A sizing bug in the caller, never a property of input data.
        throw std::logic_error("BinaryWriter: buffer too small");
    }
}

void BinaryWriter::u8(std::uint8_t value)
{
    require(1);
    m_data[m_offset++] = value;
}

void BinaryWriter::u16(std::uint16_t value)
{
    require(2);
    m_data[m_offset++] = static_cast<unsigned char>(value >> 8);
    m_data[m_offset++] = static_cast<unsigned char>(value);
}

void BinaryWriter::u32(std::uint32_t value)
{
    u16(static_cast<std::uint16_t>(value >> 16));
    u16(static_cast<std::uint16_t>(value));
}

void BinaryWriter::u64(std::uint64_t value)
{
    u32(static_cast<std::uint32_t>(value >> 32));
    u32(static_cast<std::uint32_t>(value));
}

void BinaryWriter::bytes(const void* data, std::size_t count)
{
    require(count);
    if (count > 0) {
        std::memcpy(m_data + m_offset, data, count);
    }
    m_offset += count;
}

void BinaryWriter::text16(const std::string& utf8)
{
    u16(static_cast<std::uint16_t>(utf8.size()));
    bytes(utf8.data(), utf8.size());
}

} // namespace scopevault
