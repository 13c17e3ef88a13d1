#include "BinaryReader.h"

#include <QStringDecoder>

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

bool BinaryReader::u8(quint8& out)
{
    const unsigned char* p = nullptr;
    if (!bytes(1, p)) {
        return false;
    }
    out = p[0];
    return true;
}

bool BinaryReader::u16(quint16& out)
{
    const unsigned char* p = nullptr;
    if (!bytes(2, p)) {
        return false;
    }
    out = static_cast<quint16>((p[0] << 8) | p[1]);
    return true;
}

bool BinaryReader::u32(quint32& out)
{
    const unsigned char* p = nullptr;
    if (!bytes(4, p)) {
        return false;
    }
    out = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    return true;
}

bool BinaryReader::u64(quint64& out)
{
    quint32 high = 0;
    quint32 low = 0;
    if (!u32(high) || !u32(low)) {
        return false;
    }
    out = (quint64(high) << 32) | low;
    return true;
}

bool BinaryReader::text16(QString& out)
{
    quint16 length = 0;
    const unsigned char* p = nullptr;
    if (!u16(length) || !bytes(length, p)) {
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    out = decoder.decode(QByteArrayView(p, length));
    return !decoder.hasError();
}

} // namespace scopevault
