#include "BundlePayload.h"

#include "BinaryReader.h"
#include "BinaryWriter.h"
#include "BundleError.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace scopevault {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BundlePayload", text);
}

BundleError damaged(const QString& source, const QString& why)
{
    return BundleError(BundleError::Reason::Damaged,
                       tr("the payload of %1 is malformed: %2").arg(source, why));
}

} // namespace

SecureBuffer BundlePayload::encode() const
{
    std::size_t size = 2;
    for (const QString& action : actions) {
        size += BinaryWriter::text16Size(action.toUtf8());
    }
    size += 2;
    for (const BundleSecret& secret : secrets) {
        size += BinaryWriter::text16Size(secret.name.toUtf8()) +
                BinaryWriter::text16Size(secret.reference.toUtf8()) +
                BinaryWriter::text16Size(secret.provenance.toUtf8()) + 8 + 2 +
                2 * static_cast<std::size_t>(secret.actions.size()) + 4 +
                static_cast<std::size_t>(secret.bytes().size());
    }
    SecureBuffer out(size);
    BinaryWriter writer(out.data(), out.size());
    writer.u16(static_cast<quint16>(actions.size()));
    for (const QString& action : actions) {
        writer.text16(action.toUtf8());
    }
    writer.u16(static_cast<quint16>(secrets.size()));
    for (const BundleSecret& secret : secrets) {
        writer.text16(secret.name.toUtf8());
        writer.text16(secret.reference.toUtf8());
        writer.text16(secret.provenance.toUtf8());
        writer.u64(secret.version);
        writer.u16(static_cast<quint16>(secret.actions.size()));
        for (const quint16 index : secret.actions) {
            writer.u16(index);
        }
        const QByteArrayView value = secret.bytes();
        writer.u32(static_cast<quint32>(value.size()));
        writer.bytes(value.data(), static_cast<std::size_t>(value.size()));
    }
    return out;
}

BundlePayload BundlePayload::parse(SecureBuffer plaintext, const QString& source)
{
    BundlePayload payload;
    payload.plaintext = std::move(plaintext); // the allocation (and its address) moves along
    BinaryReader reader(payload.plaintext.data(), payload.plaintext.size());
    quint16 actionCount = 0;
    if (!reader.u16(actionCount)) {
        throw damaged(source, tr("no action list"));
    }
    for (quint16 i = 0; i < actionCount; ++i) {
        QString action;
        if (!reader.text16(action)) {
            throw damaged(source, tr("action %1 is cut short or not UTF-8").arg(i + 1));
        }
        payload.actions << action;
    }
    quint16 secretCount = 0;
    if (!reader.u16(secretCount)) {
        throw damaged(source, tr("no secret list"));
    }
    for (quint16 i = 0; i < secretCount; ++i) {
        BundleSecret secret;
        quint16 uses = 0;
        quint32 valueBytes = 0;
        const unsigned char* value = nullptr;
        bool ok = reader.text16(secret.name) && reader.text16(secret.reference) &&
                  reader.text16(secret.provenance) && reader.u64(secret.version) &&
                  reader.u16(uses);
        for (quint16 u = 0; ok && u < uses; ++u) {
            quint16 index = 0;
            ok = reader.u16(index) && index < actionCount;
            secret.actions << index;
        }
        ok = ok && reader.u32(valueBytes) && reader.bytes(valueBytes, value);
        if (!ok || secret.name.isEmpty()) {
            throw damaged(
                source,
                tr("secret %1 of %2 is cut short or malformed").arg(i + 1).arg(secretCount));
        }
        secret.slice = QByteArrayView(value, valueBytes);
        payload.secrets.push_back(std::move(secret));
    }
    if (!reader.atEnd()) {
        throw damaged(source, tr("%1 unexpected bytes at the end").arg(reader.remaining()));
    }
    return payload;
}

std::vector<const BundleSecret*> BundlePayload::select(const std::optional<QString>& action) const
{
    std::optional<quint16> wanted;
    if (action) {
        const qsizetype index = actions.indexOf(*action);
        if (index < 0) {
            throw BundleError(BundleError::Reason::Selection,
                              tr("the bundle was not made for action %1; it holds: %2")
                                  .arg(*action, actions.join(QStringLiteral(", "))));
        }
        wanted = static_cast<quint16>(index);
    }
    QMap<QString, const BundleSecret*> byName;
    for (const BundleSecret& secret : secrets) {
        if (wanted && !secret.actions.contains(*wanted)) {
            continue;
        }
        const auto existing = byName.constFind(secret.name);
        if (existing != byName.cend() && (*existing)->reference != secret.reference) {
            throw BundleError(BundleError::Reason::Selection,
                              tr("%1 is %2 for one action and %3 for another; choose the "
                                 "action with --action")
                                  .arg(secret.name, (*existing)->reference, secret.reference));
        }
        byName.insert(secret.name, &secret);
    }
    return {byName.cbegin(), byName.cend()};
}

} // namespace scopevault
