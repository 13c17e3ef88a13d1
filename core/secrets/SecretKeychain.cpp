// SecretService: values held in the OS keychain (keychain/KeychainValues) instead of the file.
#include "secrets/SecretService.h"

#include "audit/AuditAction.h"
#include "audit/AuditEvent.h"
#include "keychain/KeychainValues.h"
#include "keychain/RollbackAnchor.h"
#include "secrets/VersionLog.h"
#include "store/VaultStore.h"
#include "vault/VaultError.h"

#include <QJsonObject>

namespace scopevault {

SecureBuffer SecretService::openValue(const SecretRecord& record, const SecretRef& ref)
{
    return openField(record, RecordCipher::Field::Value,
                     KeychainValues(m_store).sealed(record.id, record.value, ref.toString()), ref);
}

int SecretService::relocate(const SecretRef& ref, bool toKeychain)
{
    m_store.requireUnlocked();
    int dropped = 0;
    m_store.transact([&] {
        SecretRecord record = findRecord(ref);
        const SecretInfo current = openMetadata(record, &ref);
        if (current.inKeychain == toKeychain) {
            return;
        }
        KeychainValues keychain(m_store);
        // The sealed bytes move as they are: same record, same version, same binding.
        const QByteArray sealed = keychain.sealed(record.id, record.value, ref.toString());
        (void)openField(record, RecordCipher::Field::Value, sealed, ref);
        keychain.dropAfterCommit(record);
        SecureBuffer notes;
        if (!record.notes.isEmpty()) {
            notes = openField(record, RecordCipher::Field::Notes, record.notes, ref);
        }
        record.value = toKeychain ? keychain.place(record.id, sealed, ref.toString()) : sealed;
        keychain.dropIfRolledBack(record);
        sealInto(record, ref, current.description, current.valueChanged.toMSecsSinceEpoch(),
                 QByteArrayView(), &notes, ValuePlace::Keep);
        m_store.repository().updateSecret(record);
        QJsonObject details{{QStringLiteral("to"),
                             toKeychain ? QStringLiteral("keychain") : QStringLiteral("vault")}};
        if (toKeychain) {
            dropped = VersionLog(m_store).dropValues(record.id);
            details.insert(QStringLiteral("olderValuesDropped"), dropped);
            RollbackAnchor(m_store).arm();
        }
        m_store.record(
            {AuditAction::SecretRelocated, ref.toString(), AuditEvent::Outcome::Success, details});
    });
    return dropped;
}

std::vector<KeychainEntry> SecretService::keychainEntries()
{
    std::vector<KeychainEntry> entries;
    KeychainValues keychain(m_store);
    for (const SecretInfo& info : listSecrets(std::nullopt)) {
        if (!info.inKeychain) {
            continue;
        }
        const SecretRecord record = findRecord(info.ref);
        switch (keychain.presence(record.id, record.value, info.ref.toString())) {
        case KeychainValues::Presence::Present:
            entries.push_back({info.ref, KeychainEntry::State::Present});
            break;
        case KeychainValues::Presence::Missing:
            entries.push_back({info.ref, KeychainEntry::State::Missing});
            break;
        case KeychainValues::Presence::Different:
            entries.push_back({info.ref, KeychainEntry::State::Different});
            break;
        }
    }
    return entries;
}

} // namespace scopevault
