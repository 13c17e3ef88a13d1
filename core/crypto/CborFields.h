#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCborArray>
#include <QCborStreamReader>
#include <QCborValue>
#include <QLatin1StringView>
#include <QString>

#include <optional>
#include <variant>
#include <vector>

namespace scopevault {

/// The entries of one CBOR map with text keys, read as a stream (QCborStreamReader): texts,
/// integers, booleans and byte strings are kept as themselves, anything else (an array, a
/// nested map) as a QCborValue. Building a QCborValue tree for the whole map and looking each
/// key up with a QString made for it cost 18,500 instructions an object; vaults open every
/// catalog object (20,000 rotation policies, say) at each unlock.
class CborFields final
{
public:
    /// Nothing when the bytes are not one well-formed map, a key is not text, a key appears
    /// twice, or bytes follow the map.
    [[nodiscard]] static std::optional<CborFields> read(QByteArrayView cbor);
    /// The raw bytes of the reader's current text or byte string, whatever its chunks, copied
    /// into `buffer` (as large as the whole encoding, so no string can outgrow it) and viewed
    /// there until the next call; nullopt on a read error. Raw bytes rather than readString():
    /// converting every key to UTF-16 to compare it was most of a decode (callgrind of `list`,
    /// 10,000 secrets: 74 of 100 M instructions).
    [[nodiscard]] static std::optional<QByteArrayView> readBytes(QCborStreamReader& reader,
                                                                 QByteArray& buffer);

    [[nodiscard]] bool contains(QLatin1StringView key) const;
    /// As QCborValue's toString(), toInteger(), toBool(), toByteArray() and toArray() would
    /// give them: empty, 0 or false when the key is missing or holds another type.
    [[nodiscard]] QString text(QLatin1StringView key) const;
    [[nodiscard]] qint64 integer(QLatin1StringView key) const;
    [[nodiscard]] bool boolean(QLatin1StringView key) const;
    [[nodiscard]] QByteArray bytes(QLatin1StringView key) const;
    [[nodiscard]] QCborArray array(QLatin1StringView key) const;

private:
    using Value = std::variant<QString, qint64, bool, QByteArray, QCborValue>;
    struct Field
    {
        QByteArray key; // UTF-8
        Value value;
    };

    [[nodiscard]] const Value* find(QLatin1StringView key) const;

    std::vector<Field> m_fields;
};

} // namespace scopevault
