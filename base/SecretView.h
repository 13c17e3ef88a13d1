#pragma once

#include <cstddef>
#include <string_view>

namespace scopevault {

/// A value inside someone else's secure memory (a SecureBuffer that holds many values, e.g.
/// all of a .env file's): no allocation of its own, so that a hundred thousand values need
/// one guarded allocation rather than a hundred thousand (each sodium_malloc maps about four
/// regions; vm.max_map_count is 65530). Valid while the buffer it points into is alive and
/// not appended to.
class SecretView final
{
public:
    SecretView() = default;
    SecretView(const unsigned char* data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {}

    [[nodiscard]] std::string_view view() const
    {
        return {reinterpret_cast<const char*>(m_data), m_size};
    }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }

private:
    const unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace scopevault
