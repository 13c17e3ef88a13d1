#include "BinaryReader.h"

#include "Text.h"

namespace scopevault {

bool BinaryReader::bytes(std::size_t count, const unsigned char*& out)
{
    if (count > remaining()) {
        return false;
    }
    out = m_data + m_offset;
    m_offset += count;
    return true;
}

bool BinaryReader::u8(std::uint8_t& out)
{
    const unsigned char* p = nullptr;
    if (!bytes(1, p)) {
        return false;
    }
    out = p[0];
    return true;
}

bool BinaryReader::u16(std::uint16_t& out)
{
    const unsigned char* p = nullptr;
    if (!bytes(2, p)) {
        return false;
    }
    out = static_cast<std::uint16_t>((p[0] << 8) | p[1]);
    return true;
}

bool BinaryReader::u32(std::uint32_t& out)
{
    const unsigned char* p = nullptr;
    if (!bytes(4, p)) {
        return false;
    }
    out = (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
          std::uint32_t(p[3]);
    return true;
}

bool BinaryReader::u64(std::uint64_t& out)
{
    std::uint32_t high = 0;
    std::uint32_t low = 0;
    if (!u32(high) || !u32(low)) {
        return false;
    }
    out = (std::uint64_t(high) << 32) | low;
    return true;
}

bool BinaryReader::text16(std::string& out)
{
    std::uint16_t length = 0;
    const unsigned char* p = nullptr;
    if (!u16(length) || !bytes(length, p)) {
        return false;
    }
    if (!Text::isValidUtf8(p, length)) {
        return false;
    }
    out.assign(reinterpret_cast<const char*>(p), length);
    return true;
}

} // namespace scopevault
