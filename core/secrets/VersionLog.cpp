#include "secrets/VersionLog.h"

#include "keychain/KeychainValues.h"

#include "catalog/SettingsService.h"
#include "store/VaultStore.h"
#include "vault/VaultError.h"

#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>

#include <algorithm>

namespace scopevault {

namespace {

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

VersionLog::VersionLog(VaultStore& store)
    : m_store(store)
{}

int VersionLog::retention()
{
    return SettingsService::valueIn(m_store.catalog(),
                                    QString::fromLatin1(SettingsService::HistoryRetention))
        .toInt();
}

QByteArray VersionLog::sealInfo(const QByteArray& secretId, quint64 version, const Info& info) const
{
    QCborMap map{{QStringLiteral("how"), ValueChanges::name(info.how)},
                 {QStringLiteral("actor"), info.actor},
                 {QStringLiteral("tag"), info.valueTag}};
    if (info.restoredFrom) {
        map.insert(QStringLiteral("from"), qint64(*info.restoredFrom));
    }
    return m_store.cipher().seal(map.toCborValue().toCbor(),
                                 {secretId, version, RecordCipher::Field::History});
}

void VersionLog::damaged(const VersionRecord& record, const SecretRef* ref,
                         const QString& what) const
{
    const QString name = ref ? ref->toString() : QString::fromLatin1(record.secretId.toHex());
    throw VaultError(ErrorCode::Integrity,
                     QCoreApplication::translate("VersionLog", "secret '%1' in %2: version %3 %4")
                         .arg(name, m_store.location())
                         .arg(record.version)
                         .arg(what));
}

VersionLog::Info VersionLog::openInfo(const VersionRecord& record, const SecretRef* ref) const
{
    if (!record.damage.isEmpty()) {
        damaged(record, ref, record.damage);
    }
    QByteArray plain;
    if (!m_store.cipher().openUnguarded(
            record.info, {record.secretId, record.version, RecordCipher::Field::History}, plain)) {
        damaged(record, ref,
                QCoreApplication::translate("VersionLog", "failed authentication (the record was "
                                                          "altered or is corrupt)"));
    }
    const QCborMap map = QCborValue::fromCbor(plain).toMap();
    Info info;
    info.how = ValueChanges::fromName(map.value(QStringLiteral("how")).toString())
                   .value_or(ValueChange::Unknown);
    info.actor = map.value(QStringLiteral("actor")).toString();
    info.valueTag = map.value(QStringLiteral("tag")).toString();
    if (map.contains(QStringLiteral("from"))) {
        info.restoredFrom = static_cast<quint64>(map.value(QStringLiteral("from")).toInteger());
    }
    return info;
}

QString VersionLog::tagOfSealedValue(const SecretRecord& record, const SecretRef& ref) const
{
    SecureBuffer value;
    const QByteArray sealed =
        KeychainValues(m_store).sealed(record.id, record.value, ref.toString());
    if (!m_store.cipher().open(sealed, {record.id, record.version, RecordCipher::Field::Value},
                               value)) {
        throw VaultError(ErrorCode::Integrity,
                         QCoreApplication::translate("VersionLog",
                                                     "secret '%1' in %2: value failed "
                                                     "authentication (the record was altered or "
                                                     "is corrupt)")
                             .arg(ref.toString(), m_store.location()));
    }
    return m_store.audit().valueTag(value.view());
}

void VersionLog::created(const SecretRecord& record, const SecretChange& change,
                         const QString& valueTag)
{
    Info info{change.how == ValueChange::Set ? ValueChange::Created : change.how,
              m_store.actor().text(), valueTag, std::nullopt};
    m_store.repository().putSecretVersion({record.id, record.version, record.updatedMs,
                                           sealInfo(record.id, record.version, info), QByteArray(),
                                           QString()});
}

QString VersionLog::changed(const SecretRecord& before, quint64 newVersion, const SecretRef& ref,
                            const SecretChange& change, const QString& valueTag)
{
    std::vector<VersionRecord> versions = m_store.repository().secretVersions(before.id);
    QString previousTag;
    bool hasCurrent = false;
    for (const VersionRecord& each : versions) {
        const Info info = openInfo(each, &ref);
        if (each.version == before.version) {
            previousTag = info.valueTag;
            hasCurrent = true;
        }
        if (!change.allowReuse && info.valueTag == valueTag) {
            throw VaultError(ErrorCode::Usage,
                             QCoreApplication::translate("VersionLog",
                                                         "%1 held this value before (version "
                                                         "%2); a rotation needs a new value "
                                                         "(--allow-reuse to rotate to it anyway)")
                                 .arg(ref.toString())
                                 .arg(each.version));
        }
    }
    if (!hasCurrent) {
        // A version made before the vault kept history: its entry is written now.
        previousTag = tagOfSealedValue(before, ref);
        if (!change.allowReuse && previousTag == valueTag) {
            throw VaultError(
                ErrorCode::Usage,
                QCoreApplication::translate("VersionLog",
                                            "%1 already holds this value; a rotation needs a new "
                                            "value (--allow-reuse to rotate to it anyway)")
                    .arg(ref.toString()));
        }
        versions.push_back({before.id, before.version, before.updatedMs,
                            sealInfo(before.id, before.version,
                                     {ValueChange::Unknown, QString(), previousTag, std::nullopt}),
                            QByteArray(), QString()});
    }
    // The value replaced stays, sealed exactly as it was while current; a value held in the
    // OS keychain is not copied into the file (the keychain keeps only the current one).
    for (VersionRecord& each : versions) {
        if (each.version == before.version) {
            each.value = KeychainValues::isMarker(before.value) ? QByteArray() : before.value;
            m_store.repository().putSecretVersion(each);
        }
    }
    const Info info{change.how, m_store.actor().text(), valueTag, change.restoredFrom};
    m_store.repository().putSecretVersion({before.id, newVersion, m_store.nowMs(),
                                           sealInfo(before.id, newVersion, info), QByteArray(),
                                           QString()});
    const int keep = retention();
    if (keep > 0) {
        int kept = 0;
        std::sort(
            versions.begin(), versions.end(),
            [](const VersionRecord& a, const VersionRecord& b) { return a.version > b.version; });
        for (VersionRecord& each : versions) {
            if (each.value.isEmpty()) {
                continue;
            }
            if (++kept > keep) {
                each.value.clear();
                m_store.repository().putSecretVersion(each);
            }
        }
    }
    return previousTag;
}

void VersionLog::moved(const QByteArray& oldId, const QByteArray& newId)
{
    for (const VersionRecord& each : m_store.repository().secretVersions(oldId)) {
        const Info info = openInfo(each, nullptr);
        VersionRecord fresh = each;
        fresh.secretId = newId;
        fresh.info = sealInfo(newId, each.version, info);
        if (!each.value.isEmpty()) {
            SecureBuffer value;
            if (!m_store.cipher().open(each.value,
                                       {oldId, each.version, RecordCipher::Field::Value}, value)) {
                damaged(each, nullptr,
                        QCoreApplication::translate("VersionLog", "value failed authentication"));
            }
            fresh.value = m_store.cipher().seal(value.view(),
                                                {newId, each.version, RecordCipher::Field::Value});
        }
        m_store.repository().removeSecretVersion(each);
        m_store.repository().putSecretVersion(fresh);
    }
}

int VersionLog::dropValues(const QByteArray& secretId)
{
    int dropped = 0;
    for (VersionRecord each : m_store.repository().secretVersions(secretId)) {
        if (!each.value.isEmpty()) {
            each.value.clear();
            m_store.repository().putSecretVersion(each);
            ++dropped;
        }
    }
    return dropped;
}

void VersionLog::removeAll(const QByteArray& secretId)
{
    for (const VersionRecord& each : m_store.repository().secretVersions(secretId)) {
        m_store.repository().removeSecretVersion(each);
    }
}

std::vector<SecretVersion> VersionLog::entries(const SecretRecord& record, const SecretRef& ref)
{
    std::vector<SecretVersion> result;
    bool hasCurrent = false;
    for (const VersionRecord& each : m_store.repository().secretVersions(record.id)) {
        const Info info = openInfo(each, &ref);
        const bool current = each.version == record.version;
        hasCurrent = hasCurrent || current;
        result.push_back({each.version, fromMs(each.changedMs), info.actor, info.how,
                          info.restoredFrom, current, current || !each.value.isEmpty()});
    }
    if (!hasCurrent) {
        result.push_back({record.version, fromMs(record.updatedMs), QString(), ValueChange::Unknown,
                          std::nullopt, true, true});
    }
    std::sort(result.begin(), result.end(),
              [](const SecretVersion& a, const SecretVersion& b) { return a.version > b.version; });
    return result;
}

VersionRecord VersionLog::stored(const SecretRecord& record, quint64 version, const SecretRef& ref)
{
    for (const VersionRecord& each : m_store.repository().secretVersions(record.id)) {
        if (each.version == version) {
            (void)openInfo(each, &ref);
            return each;
        }
    }
    return {};
}

QStringList VersionLog::verifySeals()
{
    QStringList problems;
    m_store.repository().scanSecretVersions([&](const VersionRecord& each) {
        try {
            (void)openInfo(each, nullptr);
            SecureBuffer value;
            if (!each.value.isEmpty() &&
                !m_store.cipher().open(
                    each.value, {each.secretId, each.version, RecordCipher::Field::Value}, value)) {
                damaged(each, nullptr,
                        QCoreApplication::translate("VersionLog", "value failed authentication"));
            }
        } catch (const VaultError& error) {
            problems << error.message();
        }
    });
    return problems;
}

} // namespace scopevault
