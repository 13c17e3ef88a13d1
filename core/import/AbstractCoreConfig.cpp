#include "import/AbstractCoreConfig.h"

#include "import/StrictJson.h"
#include "secrets/SecretInput.h"
#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace scopevault {

QString AbstractCoreConfig::environmentName(const QString& provider)
{
    static const QStringList known = {QStringLiteral("openai"), QStringLiteral("anthropic"),
                                      QStringLiteral("openrouter"), QStringLiteral("portkey"),
                                      QStringLiteral("google")};
    return known.contains(provider) ? provider.toUpper() + QStringLiteral("_API_KEY") : QString();
}

AbstractCoreConfig::Result AbstractCoreConfig::parseFile(const QString& path)
{
    return parse(SecretInput::readRegularFile(path), path);
}

AbstractCoreConfig::Result AbstractCoreConfig::parse(const SecureBuffer& content,
                                                     const QString& path)
{
    StrictJson::checkEscapes(QByteArrayView(content.view()), path);
    QJsonParseError error{};
    // QJsonDocument keeps its own copy of the text while parsing: the values pass through
    // ordinary memory briefly (docs/THREAT-MODEL.md, "Imports").
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArrayView(content.view()).toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        throw VaultError(
            ErrorCode::Other,
            QCoreApplication::translate("AbstractCoreConfig", "%1: not valid JSON: %2")
                .arg(StrictJson::where(QByteArrayView(content.view()), error.offset, path),
                     error.errorString()));
    }
    const QJsonValue apiKeys = document.object().value(QStringLiteral("api_keys"));
    if (!apiKeys.isObject()) {
        throw VaultError(ErrorCode::Other,
                         QCoreApplication::translate(
                             "AbstractCoreConfig",
                             "%1: no \"api_keys\" object (is this an AbstractCore config?)")
                             .arg(path));
    }
    Result result;
    const QJsonObject keys = apiKeys.toObject();
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
        const QString provider = it.key();
        const QString name = environmentName(provider);
        if (name.isEmpty()) {
            result.skipped.append(
                {provider, QCoreApplication::translate("AbstractCoreConfig",
                                                       "unknown provider; not imported")});
        } else if (it.value().isNull()) {
            result.skipped.append(
                {provider, QCoreApplication::translate("AbstractCoreConfig", "null")});
        } else if (!it.value().isString()) {
            result.skipped.append(
                {provider, QCoreApplication::translate("AbstractCoreConfig", "not a string")});
        } else if (it.value().toString().isEmpty()) {
            result.skipped.append(
                {provider, QCoreApplication::translate("AbstractCoreConfig", "empty")});
        } else {
            result.keys.push_back(
                {provider, name, SecureBuffer::copyOf(it.value().toString().toUtf8())});
        }
    }
    return result;
}

} // namespace scopevault
