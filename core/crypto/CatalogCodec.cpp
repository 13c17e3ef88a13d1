#include "crypto/CatalogCodec.h"

#include "crypto/CborFields.h"

#include "vault/VaultError.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

namespace scopevault {

namespace {

QString s(const char* key)
{
    return QString::fromLatin1(key);
}

struct Encoder
{
    QCborMap operator()(const Pack& pack) const
    {
        return QCborMap{{s("kind"), s("pack")},
                        {s("name"), pack.name},
                        {s("description"), pack.description},
                        {s("created"), pack.createdMs}};
    }
    QCborMap operator()(const Action& action) const
    {
        QCborArray declarations;
        for (const Declaration& each : action.declarations) {
            declarations.append(QCborMap{{s("name"), each.name},
                                         {s("description"), each.description},
                                         {s("required"), each.required}});
        }
        return QCborMap{{s("kind"), s("action")},          {s("pack"), action.pack},
                        {s("name"), action.name},          {s("description"), action.description},
                        {s("declarations"), declarations}, {s("created"), action.createdMs}};
    }
    QCborMap operator()(const Agent& agent) const
    {
        return QCborMap{{s("kind"), s("agent")},
                        {s("name"), agent.name},
                        {s("publicKey"), agent.publicKey},
                        {s("status"), Agent::statusName(agent.status)},
                        {s("description"), agent.description},
                        {s("created"), agent.createdMs}};
    }
    QCborMap operator()(const Grant& grant) const
    {
        QCborMap map{{s("kind"), s("grant")},
                     {s("agent"), grant.agent},
                     {s("target"), grant.target.toString()},
                     {s("created"), grant.createdMs}};
        if (grant.until) {
            map.insert(s("until"), grant.until->toMSecsSinceEpoch());
        }
        return map;
    }
    QCborMap operator()(const Setting& setting) const
    {
        return QCborMap{
            {s("kind"), s("setting")}, {s("key"), setting.key}, {s("value"), setting.value}};
    }
    QCborMap operator()(const RotationPolicy& policy) const
    {
        QCborMap map{{s("kind"), s("rotation")},
                     {s("target"), policy.target.toString()},
                     {s("every"), policy.everySeconds},
                     {s("warn"), policy.warnSeconds}};
        if (policy.expires) {
            map.insert(s("expires"), policy.expires->toString(Qt::ISODate));
        }
        return map;
    }
    QCborMap operator()(const ScanRecord& scan) const
    {
        return QCborMap{
            {s("kind"), s("scan")},         {s("pack"), scan.pack},
            {s("folder"), scan.folder},     {s("scanned"), scan.scannedMs},
            {s("digest"), scan.digest},     {s("highest"), scan.highest},
            {s("findings"), scan.findings}, {s("passed"), scan.passed},
            {s("worst"), scan.worst},       {s("places"), QCborArray::fromStringList(scan.places)}};
    }
};

constexpr QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

std::optional<CatalogObject> decodeFields(const CborFields& map)
{
    const QString kind = map.text(k("kind"));
    const qint64 created = map.integer(k("created"));
    if (kind == QLatin1String("pack")) {
        return Pack{map.text(k("name")), map.text(k("description")), created};
    }
    if (kind == QLatin1String("action")) {
        Action action{
            map.text(k("pack")), map.text(k("name")), map.text(k("description")), {}, created};
        for (const QCborValue& each : map.array(k("declarations"))) {
            const QCborMap declaration = each.toMap();
            action.declarations.append({declaration.value(s("name")).toString(),
                                        declaration.value(s("description")).toString(),
                                        declaration.value(s("required")).toBool()});
        }
        return action;
    }
    if (kind == QLatin1String("agent")) {
        Agent agent{map.text(k("name")), map.bytes(k("publicKey")), Agent::Status::Active,
                    map.text(k("description")), created};
        if (!Agent::parseStatus(map.text(k("status")), agent.status)) {
            return std::nullopt;
        }
        return agent;
    }
    if (kind == QLatin1String("grant")) {
        Grant grant{map.text(k("agent")), GrantTarget::parse(map.text(k("target"))), std::nullopt,
                    created};
        if (map.contains(k("until"))) {
            grant.until = QDateTime::fromMSecsSinceEpoch(map.integer(k("until")), Qt::UTC);
        }
        return grant;
    }
    if (kind == QLatin1String("setting")) {
        return Setting{map.text(k("key")), map.text(k("value"))};
    }
    if (kind == QLatin1String("rotation")) {
        RotationPolicy policy{GrantTarget::parse(map.text(k("target"))), map.integer(k("every")),
                              map.integer(k("warn")), std::nullopt};
        if (map.contains(k("expires"))) {
            const QDate date = QDate::fromString(map.text(k("expires")), Qt::ISODate);
            if (!date.isValid()) {
                return std::nullopt;
            }
            policy.expires = date;
        }
        return policy;
    }
    if (kind == QLatin1String("scan")) {
        ScanRecord record{
            map.text(k("pack")),      map.text(k("folder")),  map.integer(k("scanned")),
            map.text(k("digest")),    map.text(k("highest")), int(map.integer(k("findings"))),
            map.boolean(k("passed")), map.text(k("worst")),   {}};
        for (const QCborValue& place : map.array(k("places"))) {
            record.places << place.toString();
        }
        return record;
    }
    return std::nullopt;
}

} // namespace

QByteArray CatalogCodec::encode(const CatalogObject& object)
{
    return std::visit(Encoder(), object).toCborValue().toCbor();
}

std::optional<CatalogObject> CatalogCodec::decode(const QByteArray& bytes)
{
    const std::optional<CborFields> fields = CborFields::read(bytes);
    if (!fields) {
        return std::nullopt;
    }
    try {
        return decodeFields(*fields);
    } catch (const VaultError&) {
        return std::nullopt; // a grant target that no longer parses
    }
}

QString CatalogCodec::packKey(const QString& pack)
{
    return QStringLiteral("pack:") + pack;
}

QString CatalogCodec::actionKey(const Scope& action)
{
    return QStringLiteral("action:") + action.toString();
}

QString CatalogCodec::settingKey(const QString& key)
{
    return QStringLiteral("setting:") + key;
}

QString CatalogCodec::rotationKey(const GrantTarget& target)
{
    return QStringLiteral("rotation:") + target.toString();
}

QString CatalogCodec::scanKey(const QString& pack)
{
    return QStringLiteral("scan:") + pack;
}

QString CatalogCodec::agentKey(const QString& agent)
{
    return QStringLiteral("agent:") + agent;
}

QString CatalogCodec::keyOf(const CatalogObject& object)
{
    struct KeyOf
    {
        QString operator()(const Pack& pack) const { return packKey(pack.name); }
        QString operator()(const Action& action) const { return actionKey(action.scope()); }
        QString operator()(const Agent& agent) const { return agentKey(agent.name); }
        QString operator()(const Grant& grant) const
        {
            return QStringLiteral("grant:") + grant.key();
        }
        QString operator()(const Setting& setting) const { return settingKey(setting.key); }
        QString operator()(const RotationPolicy& policy) const
        {
            return rotationKey(policy.target);
        }
        QString operator()(const ScanRecord& scan) const { return scanKey(scan.pack); }
    };
    return std::visit(KeyOf(), object);
}

} // namespace scopevault
