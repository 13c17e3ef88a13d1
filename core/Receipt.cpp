#include "Receipt.h"

#include "VaultError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <sodium.h>

namespace scopevault {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Receipt", text);
}

QString k(const char* key)
{
    return QString::fromLatin1(key);
}

VaultError bad(const char* field, const QString& why)
{
    return VaultError(ErrorCode::Usage, tr("field '%1' %2").arg(QLatin1String(field), why));
}

QString text(const QJsonObject& object, const char* field)
{
    const QJsonValue value = object.value(k(field));
    if (!value.isString() || value.toString().isEmpty()) {
        throw bad(field, tr("is missing or not a non-empty string"));
    }
    return value.toString();
}

QStringList list(const QJsonObject& object, const char* field)
{
    const QJsonValue value = object.value(k(field));
    if (!value.isArray()) {
        throw bad(field, tr("is missing or not a list"));
    }
    QStringList result;
    for (const QJsonValue& each : value.toArray()) {
        if (!each.isString()) {
            throw bad(field, tr("holds something other than strings"));
        }
        result << each.toString();
    }
    return result;
}

QString hexId(const QJsonObject& object, const char* field)
{
    static const QRegularExpression form(QStringLiteral("^[0-9a-f]{32}$"));
    const QString value = text(object, field);
    if (!form.match(value).hasMatch()) {
        throw bad(field, tr("is not 32 lowercase hex digits"));
    }
    return value;
}

} // namespace

Receipt Receipt::create(const QDateTime& now)
{
    QByteArray id(16, Qt::Uninitialized);
    randombytes_buf(id.data(), static_cast<std::size_t>(id.size()));
    Receipt receipt;
    receipt.id = QString::fromLatin1(id.toHex());
    receipt.time = now.toUTC();
    return receipt;
}

QJsonObject Receipt::toJson() const
{
    return {{k("v"), FormatVersion},
            {k("id"), id},
            {k("time"), time.toUTC().toString(Qt::ISODateWithMs)},
            {k("bundle"), bundle},
            {k("agent"), agent},
            {k("actions"), QJsonArray::fromStringList(actions)},
            {k("secrets"), QJsonArray::fromStringList(secrets)},
            {k("command"), command},
            {k("delivery"), delivery},
            {k("outcome"), outcome}};
}

Receipt Receipt::fromJson(const QJsonObject& object)
{
    if (object.value(k("v")).toInt() != FormatVersion) {
        throw bad("v", tr("is not %1 (a receipt format this vault knows)").arg(FormatVersion));
    }
    Receipt receipt;
    receipt.id = hexId(object, "id");
    receipt.time = QDateTime::fromString(text(object, "time"), Qt::ISODateWithMs);
    if (!receipt.time.isValid()) {
        throw bad("time", tr("is not an ISO 8601 time"));
    }
    receipt.bundle = hexId(object, "bundle");
    receipt.agent = text(object, "agent");
    receipt.actions = list(object, "actions");
    receipt.secrets = list(object, "secrets");
    receipt.command = text(object, "command");
    receipt.delivery = text(object, "delivery");
    receipt.outcome = text(object, "outcome");
    return receipt;
}

} // namespace scopevault
