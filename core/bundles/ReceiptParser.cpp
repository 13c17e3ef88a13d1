#include "bundles/ReceiptParser.h"

#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace scopevault {

namespace {

QString k(const char* key)
{
    return QString::fromLatin1(key);
}

VaultError bad(const char* field, const QString& why)
{
    return VaultError(ErrorCode::Usage,
                      QCoreApplication::translate("ReceiptParser", "field '%1' %2")
                          .arg(QLatin1String(field), why));
}

QString text(const QJsonObject& object, const char* field)
{
    const QJsonValue value = object.value(k(field));
    if (!value.isString() || value.toString().isEmpty()) {
        throw bad(field, QCoreApplication::translate("ReceiptParser",
                                                     "is missing or not a non-empty string"));
    }
    return value.toString();
}

std::string utf8(const QJsonObject& object, const char* field)
{
    return text(object, field).toStdString();
}

std::vector<std::string> list(const QJsonObject& object, const char* field)
{
    const QJsonValue value = object.value(k(field));
    if (!value.isArray()) {
        throw bad(field, QCoreApplication::translate("ReceiptParser", "is missing or not a list"));
    }
    std::vector<std::string> result;
    for (const QJsonValue& each : value.toArray()) {
        if (!each.isString()) {
            throw bad(field, QCoreApplication::translate("ReceiptParser",
                                                         "holds something other than strings"));
        }
        result.push_back(each.toString().toStdString());
    }
    return result;
}

std::string hexId(const QJsonObject& object, const char* field)
{
    static const QRegularExpression form(QStringLiteral("^[0-9a-f]{32}$"));
    const QString value = text(object, field);
    if (!form.match(value).hasMatch()) {
        throw bad(field,
                  QCoreApplication::translate("ReceiptParser", "is not 32 lowercase hex digits"));
    }
    return value.toStdString();
}

} // namespace

Receipt ReceiptParser::fromJson(const QJsonObject& object)
{
    if (object.value(k("v")).toInt() != Receipt::FormatVersion) {
        throw bad("v", QCoreApplication::translate("ReceiptParser",
                                                   "is not %1 (a receipt format this vault knows)")
                           .arg(Receipt::FormatVersion));
    }
    Receipt receipt;
    receipt.id = hexId(object, "id");
    const QDateTime time = QDateTime::fromString(text(object, "time"), Qt::ISODateWithMs);
    if (!time.isValid()) {
        throw bad("time", QCoreApplication::translate("ReceiptParser", "is not an ISO 8601 time"));
    }
    receipt.timeMs = time.toMSecsSinceEpoch();
    receipt.bundle = hexId(object, "bundle");
    receipt.agent = utf8(object, "agent");
    receipt.actions = list(object, "actions");
    receipt.secrets = list(object, "secrets");
    receipt.command = utf8(object, "command");
    receipt.delivery = utf8(object, "delivery");
    receipt.outcome = utf8(object, "outcome");
    return receipt;
}

} // namespace scopevault
