#include "audit/AuditCheckpointFile.h"

#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace scopevault {

namespace {
const QString Format = QStringLiteral("scopevault-audit-checkpoint/1");
}

QByteArray AuditCheckpointFile::toJson() const
{
    const QJsonObject object{
        {QStringLiteral("format"), Format},
        {QStringLiteral("vaultId"), QString::fromLatin1(vaultId.toHex())},
        {QStringLiteral("seq"), checkpoint.seq},
        {QStringLiteral("timeMs"), checkpoint.timeMs},
        {QStringLiteral("time"),
         QDateTime::fromMSecsSinceEpoch(checkpoint.timeMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("hash"), QString::fromLatin1(checkpoint.hash.toHex())},
        {QStringLiteral("signature"), QString::fromLatin1(checkpoint.signature.toBase64())},
        {QStringLiteral("publicKey"), QString::fromLatin1(publicKey.toBase64())}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

AuditCheckpointFile AuditCheckpointFile::fromJson(const QByteArray& json, const QString& path)
{
    const auto fail = [&](const QString& what) {
        return VaultError(ErrorCode::Other,
                          QCoreApplication::translate("AuditCheckpointFile",
                                                      "%1 is not a Scopevault checkpoint: %2")
                              .arg(path, what));
    };
    QJsonParseError error{};
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError) {
        throw fail(error.errorString());
    }
    if (object.value(QStringLiteral("format")).toString() != Format) {
        throw fail(QStringLiteral("\"format\" is not \"%1\"").arg(Format));
    }
    AuditCheckpointFile file;
    file.vaultId =
        QByteArray::fromHex(object.value(QStringLiteral("vaultId")).toString().toLatin1());
    file.checkpoint.seq = object.value(QStringLiteral("seq")).toInteger(-1);
    file.checkpoint.timeMs = object.value(QStringLiteral("timeMs")).toInteger(-1);
    file.checkpoint.hash =
        QByteArray::fromHex(object.value(QStringLiteral("hash")).toString().toLatin1());
    file.checkpoint.signature =
        QByteArray::fromBase64(object.value(QStringLiteral("signature")).toString().toLatin1());
    file.publicKey =
        QByteArray::fromBase64(object.value(QStringLiteral("publicKey")).toString().toLatin1());
    if (file.checkpoint.seq < 1 || file.checkpoint.timeMs < 0 ||
        file.checkpoint.hash.size() != 32) {
        throw fail(QStringLiteral("\"seq\", \"timeMs\" or \"hash\" is missing or malformed"));
    }
    return file;
}

} // namespace scopevault
