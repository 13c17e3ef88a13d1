#include "crypto/SecretMetadataCodec.h"

#include "vault/VaultError.h"

#include <QCborMap>
#include <QCborStreamReader>
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

namespace {

// A whole text string, whatever its chunks; false when the item is not one.
bool readText(QCborStreamReader& reader, QString& out)
{
    out.clear();
    if (!reader.isString()) {
        return false;
    }
    QCborStreamReader::StringResult<QString> chunk = reader.readString();
    while (chunk.status == QCborStreamReader::Ok) {
        out += chunk.data;
        chunk = reader.readString();
    }
    return chunk.status == QCborStreamReader::EndOfString;
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
    QString key;
    QString text;
    while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
        if (!readText(reader, key)) {
            return std::nullopt;
        }
        const auto once = [](const auto& field) {
            return !field.has_value();
        };
        if (key == ScopeKey || key == NameKey) {
            std::optional<QString>& field = key == ScopeKey ? scope : name;
            if (!once(field) || !readText(reader, text)) {
                return std::nullopt;
            }
            field = text;
        } else if (key == DescriptionKey) {
            if (!once(description)) {
                return std::nullopt;
            }
            if (reader.isString()) {
                if (!readText(reader, text)) {
                    return std::nullopt;
                }
                description = text;
            } else {
                description = QString();
                reader.next();
            }
        } else if (key == ChangedKey) {
            if (!once(changedMs)) {
                return std::nullopt;
            }
            changedMs = reader.isInteger() ? reader.toInteger() : 0;
            reader.next();
        } else if (key == KeychainKey) {
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
