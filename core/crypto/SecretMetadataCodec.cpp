#include "crypto/SecretMetadataCodec.h"

#include "vault/VaultError.h"

#include <QCborMap>
#include <QCborValue>

namespace scopevault {

namespace {
const QString ScopeKey = QStringLiteral("scope");
const QString NameKey = QStringLiteral("name");
const QString DescriptionKey = QStringLiteral("description");
const QString ChangedKey = QStringLiteral("changed");
const QString KeychainKey = QStringLiteral("keychain");
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

std::optional<SecretMetadataCodec::Metadata> SecretMetadataCodec::decode(const QByteArray& bytes)
{
    const QCborValue value = QCborValue::fromCbor(bytes);
    if (!value.isMap()) {
        return std::nullopt;
    }
    const QCborMap map = value.toMap();
    if (!map.value(ScopeKey).isString() || !map.value(NameKey).isString()) {
        return std::nullopt;
    }
    try {
        const SecretRef ref(Scope::parse(map.value(ScopeKey).toString()),
                            map.value(NameKey).toString());
        return Metadata{ref, map.value(DescriptionKey).toString(),
                        map.value(ChangedKey).toInteger(0), map.value(KeychainKey).toBool(false)};
    } catch (const VaultError&) {
        return std::nullopt;
    }
}

} // namespace scopevault
