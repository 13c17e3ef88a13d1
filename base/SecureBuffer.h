#pragma once

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace scopevault {

/// Owns bytes in sodium_malloc'ed memory (guard pages, mlock'ed where allowed), wiped on
/// release. Keys, passphrases and plaintext values live here and nowhere else.
class SecureBuffer final
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    static SecureBuffer copyOf(const void* bytes, std::size_t count);
    static SecureBuffer copyOf(std::string_view bytes)
    {
        return copyOf(bytes.data(), bytes.size());
    }
    /// A copy of any other contiguous byte container (QByteArray, QByteArrayView, ...).
    template <typename Bytes,
              typename = std::enable_if_t<!std::is_convertible_v<const Bytes&, std::string_view>>>
    static SecureBuffer copyOf(const Bytes& bytes)
    {
        return copyOf(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    ~SecureBuffer();

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    [[nodiscard]] unsigned char* data() { return m_data; }
    [[nodiscard]] const unsigned char* data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    /// A view for APIs that take bytes (QByteArrayView converts from it); it must not
    /// outlive this buffer.
    [[nodiscard]] std::string_view view() const
    {
        return {reinterpret_cast<const char*>(m_data), m_size};
    }

    /// Appends bytes, moving the content to a larger secure allocation when needed.
    void append(const unsigned char* bytes, std::size_t count);
    /// Shrinks the logical size (the tail is wiped).
    void truncate(std::size_t size);
    /// Wipes and frees the content now.
    void clear();

    [[nodiscard]] bool equals(const SecureBuffer& other) const;
    /// Makes room for `capacity` bytes in one secure allocation (content kept), so that a
    /// buffer filled piece by piece is not copied again at every doubling.
    void reserve(std::size_t capacity);

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

} // namespace scopevault
