#include "crypto/SecretMetadataCodec.h"

#include "crypto/CborFields.h"

#include "vault/VaultError.h"

#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>

namespace scopevault {

namespace {
constexpr QLatin1StringView ScopeKey("scope");
constexpr QLatin1StringView NameKey("name");
constexpr QLatin1StringView DescriptionKey("description");
constexpr QLatin1StringView ChangedKey("changed");
constexpr QLatin1StringView KeychainKey("keychain");

bool is(QByteArrayView key, QLatin1StringView name)
{
    return key == QByteArrayView(name.data(), name.size());
}
} // namespace

QByteArray SecretMetadataCodec::encode(const Metadata& metadata)
{
    QCborMap map;
    map.insert(ScopeKey, metadata.ref.scope().toString());
    map.insert(NameKey, metadata.ref.name());
    map.insert(DescriptionKey, metadata.description);
    if (metadata.changedMs != 0) {
        map.insert(ChangedKey, metadata.changedMs);
    }
    if (metadata.inKeychain) {
        map.insert(KeychainKey, true);
    }
    return map.toCborValue().toCbor();
}

namespace {

// A whole text string's UTF-8 bytes; nullopt when the item is not text.
std::optional<QByteArrayView> readUtf8(QCborStreamReader& reader, QByteArray& buffer)
{
    return reader.isString() ? CborFields::readBytes(reader, buffer) : std::nullopt;
}

} // namespace

std::optional<SecretMetadataCodec::Metadata> SecretMetadataCodec::decode(const QByteArray& bytes)
{
    // Read as a stream: building a QCborValue tree and looking keys up in it took half of
    // opening a record (perf of `list`, 10,000 secrets). A key twice, a key that is not text
    // or a scope or name that is not text makes the map malformed; other keys are skipped.
    QCborStreamReader reader(bytes);
    if (!reader.isMap() || !reader.enterContainer()) {
        return std::nullopt;
    }
    std::optional<QString> scope;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<qint64> changedMs;
    std::optional<bool> inKeychain;
    QByteArray buffer(bytes.size(), Qt::Uninitialized);
    const auto text = [&reader, &buffer]() -> std::optional<QString> {
        const std::optional<QByteArrayView> utf8 = readUtf8(reader, buffer);
        return utf8 ? std::optional<QString>(QString::fromUtf8(*utf8)) : std::nullopt;
    };
    while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
        const std::optional<QByteArrayView> key = readUtf8(reader, buffer);
        if (!key) {
            return std::nullopt;
        }
        const auto once = [](const auto& field) {
            return !field.has_value();
        };
        if (is(*key, ScopeKey) || is(*key, NameKey)) {
            std::optional<QString>& field = is(*key, ScopeKey) ? scope : name;
            if (!once(field) || !(field = text())) {
                return std::nullopt;
            }
        } else if (is(*key, DescriptionKey)) {
            if (!once(description)) {
                return std::nullopt;
            }
            if (reader.isString()) {
                if (!(description = text())) {
                    return std::nullopt;
                }
            } else {
                description = QString();
                reader.next();
            }
        } else if (is(*key, ChangedKey)) {
            if (!once(changedMs)) {
                return std::nullopt;
            }
            changedMs = reader.isInteger() ? reader.toInteger() : 0;
            reader.next();
        } else if (is(*key, KeychainKey)) {
            if (!once(inKeychain)) {
                return std::nullopt;
            }
            inKeychain = reader.isBool() && reader.toBool();
            reader.next();
        } else {
            reader.next(); // an unknown key's value, containers included
        }
    }
    if (reader.lastError() != QCborError::NoError || !reader.leaveContainer() || !scope || !name) {
        return std::nullopt;
    }
    try {
        return Metadata{SecretRef(Scope::parse(*scope), *name), description.value_or(QString()),
                        changedMs.value_or(0), inKeychain.value_or(false)};
    } catch (const VaultError&) {
        return std::nullopt;
    }
}

} // namespace scopevault
