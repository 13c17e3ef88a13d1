#include "crypto/CborFields.h"

namespace scopevault {

std::optional<QByteArrayView> CborFields::readBytes(QCborStreamReader& reader, QByteArray& buffer)
{
    qsizetype used = 0;
    for (;;) {
        const QCborStreamReader::StringResult<qsizetype> chunk =
            reader.readStringChunk(buffer.data() + used, buffer.size() - used);
        if (chunk.status == QCborStreamReader::EndOfString) {
            return QByteArrayView(buffer.constData(), used);
        }
        if (chunk.status != QCborStreamReader::Ok) {
            return std::nullopt;
        }
        used += chunk.data;
    }
}

std::optional<CborFields> CborFields::read(QByteArrayView cbor)
{
    QCborStreamReader reader(cbor.data(), cbor.size());
    if (!reader.isMap() || !reader.enterContainer()) {
        return std::nullopt;
    }
    // No string inside can be longer than the whole encoding.
    QByteArray buffer(cbor.size(), Qt::Uninitialized);
    CborFields fields;
    while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
        if (!reader.isString()) {
            return std::nullopt;
        }
        const std::optional<QByteArrayView> key = readBytes(reader, buffer);
        if (!key || fields.find(QLatin1StringView(key->data(), key->size()))) {
            return std::nullopt;
        }
        Field field{key->toByteArray(), Value()};
        if (reader.isString()) {
            const std::optional<QByteArrayView> utf8 = readBytes(reader, buffer);
            if (!utf8) {
                return std::nullopt;
            }
            field.value = QString::fromUtf8(*utf8);
        } else if (reader.isByteArray()) {
            const std::optional<QByteArrayView> raw = readBytes(reader, buffer);
            if (!raw) {
                return std::nullopt;
            }
            field.value = raw->toByteArray();
        } else if (reader.isInteger()) {
            field.value = static_cast<qint64>(reader.toInteger());
            reader.next();
        } else if (reader.isBool()) {
            field.value = reader.toBool();
            reader.next();
        } else {
            field.value = QCborValue::fromCbor(reader);
        }
        fields.m_fields.push_back(std::move(field));
    }
    if (reader.lastError() != QCborError::NoError || !reader.leaveContainer() ||
        reader.currentOffset() != cbor.size()) {
        return std::nullopt;
    }
    return fields;
}

const CborFields::Value* CborFields::find(QLatin1StringView key) const
{
    for (const Field& field : m_fields) {
        if (QByteArrayView(field.key) == QByteArrayView(key.data(), key.size())) {
            return &field.value;
        }
    }
    return nullptr;
}

bool CborFields::contains(QLatin1StringView key) const
{
    return find(key) != nullptr;
}

QString CborFields::text(QLatin1StringView key) const
{
    const Value* value = find(key);
    const QString* text = value ? std::get_if<QString>(value) : nullptr;
    return text ? *text : QString();
}

qint64 CborFields::integer(QLatin1StringView key) const
{
    const Value* value = find(key);
    if (!value) {
        return 0;
    }
    if (const qint64* integer = std::get_if<qint64>(value)) {
        return *integer;
    }
    const QCborValue* other = std::get_if<QCborValue>(value);
    return other ? other->toInteger() : 0; // a double, as QCborValue converts it
}

bool CborFields::boolean(QLatin1StringView key) const
{
    const Value* value = find(key);
    const bool* boolean = value ? std::get_if<bool>(value) : nullptr;
    return boolean && *boolean;
}

QByteArray CborFields::bytes(QLatin1StringView key) const
{
    const Value* value = find(key);
    const QByteArray* bytes = value ? std::get_if<QByteArray>(value) : nullptr;
    return bytes ? *bytes : QByteArray();
}

QCborArray CborFields::array(QLatin1StringView key) const
{
    const Value* value = find(key);
    const QCborValue* other = value ? std::get_if<QCborValue>(value) : nullptr;
    return other ? other->toArray() : QCborArray();
}

} // namespace scopevault
