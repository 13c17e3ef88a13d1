#include "bundles/IssuedBundle.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

namespace scopevault {

namespace {

QString s(const char* key)
{
    return QString::fromLatin1(key);
}

} // namespace

QStringList IssuedBundle::secretNames() const
{
    QStringList names;
    for (const Secret& secret : secrets) {
        if (!names.contains(secret.name)) {
            names << secret.name;
        }
    }
    return names;
}

QByteArray IssuedBundle::encode() const
{
    QCborArray secretArray;
    for (const Secret& secret : secrets) {
        secretArray.append(QCborMap{{s("ref"), secret.reference},
                                    {s("name"), secret.name},
                                    {s("version"), qint64(secret.version)}});
    }
    return QCborMap{{s("agent"), agent},
                    {s("fingerprint"), agentFingerprint},
                    {s("actions"), QCborArray::fromStringList(actions)},
                    {s("secrets"), secretArray},
                    {s("file"), file}}
        .toCborValue()
        .toCbor();
}

std::optional<IssuedBundle> IssuedBundle::decode(const QByteArray& cbor, const QByteArray& id,
                                                 qint64 createdMs, qint64 expiresMs)
{
    const QCborValue value = QCborValue::fromCbor(cbor);
    if (!value.isMap()) {
        return std::nullopt;
    }
    const QCborMap map = value.toMap();
    IssuedBundle bundle;
    bundle.id = id;
    bundle.createdMs = createdMs;
    bundle.expiresMs = expiresMs;
    bundle.agent = map.value(s("agent")).toString();
    bundle.agentFingerprint = map.value(s("fingerprint")).toString();
    bundle.file = map.value(s("file")).toString();
    for (const QCborValue& action : map.value(s("actions")).toArray()) {
        bundle.actions << action.toString();
    }
    for (const QCborValue& each : map.value(s("secrets")).toArray()) {
        const QCborMap secret = each.toMap();
        bundle.secrets.append({secret.value(s("ref")).toString(),
                               secret.value(s("name")).toString(),
                               static_cast<quint64>(secret.value(s("version")).toInteger())});
    }
    if (bundle.agent.isEmpty()) {
        return std::nullopt;
    }
    return bundle;
}

} // namespace scopevault
