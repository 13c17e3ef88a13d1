#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <string>

namespace scopevault {

/// Builds a canonical byte encoding (integers little endian, variable fields length-prefixed)
/// and hashes it with BLAKE2b-256, keyed or not. The encodings are documented in
/// docs/VAULT-FORMAT.md.
class HashInput final
{
public:
    static constexpr int DigestBytes = 32;

    /// Room for `expected` more bytes from the start (default: a typical record, a secret row
    /// being ~400 bytes): growing the buffer took a quarter of digesting a row.
    explicit HashInput(QByteArrayView domain, qsizetype expected = 512)
    {
        m_bytes.reserve(static_cast<std::size_t>(domain.size() + expected));
        m_bytes.append(domain.data(), static_cast<std::size_t>(domain.size()));
    }

    HashInput& u8(quint8 value);
    HashInput& u32(quint32 value);
    HashInput& u64(quint64 value);
    /// u32 length || bytes.
    HashInput& blob(QByteArrayView bytes);
    /// The bytes as they are (fixed-size fields).
    HashInput& raw(QByteArrayView bytes);

    [[nodiscard]] QByteArray bytes() const
    {
        return QByteArray(m_bytes.data(), static_cast<qsizetype>(m_bytes.size()));
    }
    [[nodiscard]] QByteArray digest() const;
    [[nodiscard]] QByteArray mac(const SecureBuffer& key) const;

private:
    // A std::string, not a QByteArray: QByteArray::append of a few bytes took ~250
    // instructions, most of hashing a commitment bucket (callgrind, 100,000 leaves).
    std::string m_bytes;
};

} // namespace scopevault
