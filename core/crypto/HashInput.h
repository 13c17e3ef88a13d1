#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace scopevault {

/// Builds a canonical byte encoding (integers little endian, variable fields length-prefixed)
/// and hashes it with BLAKE2b-256, keyed or not. The encodings are documented in
/// docs/VAULT-FORMAT.md.
class HashInput final
{
public:
    static constexpr int DigestBytes = 32;

    /// Room for a typical record (a secret row is ~400 bytes) from the start: growing the
    /// buffer three times took a third of digesting a row.
    explicit HashInput(QByteArrayView domain)
    {
        m_bytes.reserve(512);
        m_bytes.append(domain);
    }

    HashInput& u8(quint8 value);
    HashInput& u32(quint32 value);
    HashInput& u64(quint64 value);
    /// u32 length || bytes.
    HashInput& blob(QByteArrayView bytes);
    /// The bytes as they are (fixed-size fields).
    HashInput& raw(QByteArrayView bytes);

    [[nodiscard]] const QByteArray& bytes() const { return m_bytes; }
    [[nodiscard]] QByteArray digest() const;
    [[nodiscard]] QByteArray mac(const SecureBuffer& key) const;

private:
    QByteArray m_bytes;
};

} // namespace scopevault
