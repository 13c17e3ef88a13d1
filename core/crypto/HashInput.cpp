#include "crypto/HashInput.h"

#include <QtEndian>

#include <sodium.h>

namespace scopevault {

namespace {

QByteArray blake2b(const std::string& input, const unsigned char* key, std::size_t keyBytes)
{
    QByteArray out(HashInput::DigestBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), HashInput::DigestBytes,
                       reinterpret_cast<const unsigned char*>(input.data()),
                       static_cast<unsigned long long>(input.size()), key, keyBytes);
    return out;
}

} // namespace

HashInput& HashInput::u8(quint8 value)
{
    m_bytes.push_back(static_cast<char>(value));
    return *this;
}

HashInput& HashInput::u32(quint32 value)
{
    char bytes[4];
    qToLittleEndian<quint32>(value, bytes);
    m_bytes.append(bytes, 4);
    return *this;
}

HashInput& HashInput::u64(quint64 value)
{
    char bytes[8];
    qToLittleEndian<quint64>(value, bytes);
    m_bytes.append(bytes, 8);
    return *this;
}

HashInput& HashInput::blob(QByteArrayView bytes)
{
    u32(static_cast<quint32>(bytes.size()));
    return raw(bytes);
}

HashInput& HashInput::raw(QByteArrayView bytes)
{
    if (!bytes.isEmpty()) { // an empty view may have no data pointer at all
        m_bytes.append(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    return *this;
}

QByteArray HashInput::digest() const
{
    return blake2b(m_bytes, nullptr, 0);
}

QByteArray HashInput::mac(const SecureBuffer& key) const
{
    return blake2b(m_bytes, key.data(), key.size());
}

} // namespace scopevault
