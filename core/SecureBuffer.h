#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace scopevault {

/// Owns bytes in sodium_malloc'ed memory (guard pages, mlock'ed where allowed), wiped on
/// release. Keys, passphrases and plaintext values live here and nowhere else.
class SecureBuffer final
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    static SecureBuffer copyOf(QByteArrayView bytes);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    [[nodiscard]] unsigned char* data() { return m_data; }
    [[nodiscard]] const unsigned char* data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    /// A view for APIs that take bytes; it must not outlive this buffer.
    [[nodiscard]] QByteArrayView view() const;

    /// Appends bytes, moving the content to a larger secure allocation when needed.
    void append(const unsigned char* bytes, std::size_t count);
    /// Shrinks the logical size (the tail is wiped).
    void truncate(std::size_t size);
    /// Wipes and frees the content now.
    void clear();

    [[nodiscard]] bool equals(const SecureBuffer& other) const;

private:
    void reserve(std::size_t capacity);

    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

} // namespace scopevault
