#include "SecureBuffer.h"

#include "CryptoInit.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace scopevault {

SecureBuffer::SecureBuffer(std::size_t size)
{
    reserve(size);
    m_size = size;
}

SecureBuffer SecureBuffer::copyOf(const void* bytes, std::size_t count)
{
    SecureBuffer buffer;
    buffer.append(static_cast<const unsigned char*>(bytes), count);
    return buffer;
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

void SecureBuffer::reserve(std::size_t capacity)
{
    if (capacity <= m_capacity && m_data) {
        return;
    }
    // sodium_malloc(0) is valid but returns a unique pointer; keep at least one byte so that
    // data() is never null for an allocated buffer.
    const std::size_t allocSize = capacity == 0 ? 1 : capacity;
    CryptoInit::ensureInitialised(); // sodium_malloc aborts before sodium_init

    auto* fresh = static_cast<unsigned char*>(sodium_malloc(allocSize));
    if (!fresh) {
        throw std::bad_alloc();
    }
    if (m_data) {
        std::memcpy(fresh, m_data, m_size);
        sodium_free(m_data);
    }
    m_data = fresh;
    m_capacity = allocSize;
}

void SecureBuffer::append(const unsigned char* bytes, std::size_t count)
{
    if (m_size + count > m_capacity || !m_data) {
        std::size_t capacity = m_capacity < 64 ? 64 : m_capacity;
        while (capacity < m_size + count) {
            capacity *= 2;
        }
        reserve(capacity);
    }
    if (count > 0) {
        std::memcpy(m_data + m_size, bytes, count);
    }
    m_size += count;
}

void SecureBuffer::truncate(std::size_t size)
{
    if (size < m_size) {
        sodium_memzero(m_data + size, m_size - size);
        m_size = size;
    }
}

void SecureBuffer::clear()
{
    if (m_data) {
        sodium_free(m_data); // wipes the whole allocation before unmapping it
    }
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
}

bool SecureBuffer::equals(const SecureBuffer& other) const
{
    if (m_size != other.m_size) {
        return false;
    }
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

} // namespace scopevault
