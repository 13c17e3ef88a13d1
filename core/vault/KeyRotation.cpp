#include "vault/KeyRotation.h"

#include "audit/AuditAction.h"
#include "audit/AuditChain.h"
#include "audit/AuditEvent.h"
#include "crypto/CatalogCodec.h"
#include "crypto/RecordCipher.h"
#include "crypto/SecretMetadataCodec.h"
#include "crypto/VaultKeys.h"
#include "keychain/KeychainValues.h"
#include "keychain/QuickUnlockService.h"
#include "store/StoreAccess.h"
#include "store/VaultStore.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace scopevault {

namespace {

[[noreturn]] void damaged(const QString& location, const QString& what)
{
    throw VaultError(ErrorCode::Integrity,
                     QCoreApplication::translate("KeyRotation",
                                                 "%1: %2 does not open; the key was not rotated "
                                                 "(run verify)")
                         .arg(location, what));
}

QString recordName(const char* table, const QByteArray& id)
{
    return QStringLiteral("%1 record %2")
        .arg(QLatin1String(table), QString::fromLatin1(id.toHex()));
}

} // namespace

KeyRotation::KeyRotation(VaultService& vault)
    : m_vault(vault)
{}

KeyRotationReport KeyRotation::run(const SecureBuffer& newPassphrase,
                                   const std::optional<KdfParams>& newParams,
                                   const Progress& progress)
{
    VaultStore& store = storeOf(m_vault);
    store.requirePassphraseUnlock(
        QCoreApplication::translate("KeyRotation", "rotating the vault key"));
    KeychainValues keychain(store);
    // Keychain-held values sealed under the old key: deleted once the new ones are committed.
    std::vector<std::pair<QByteArray, QByteArray>> oldEntries;
    const bool quick = store.repository().quickUnlockWrap().has_value();
    auto keys = std::make_unique<VaultKeys>(VaultKeys::generate());
    const VaultHeader header = store.rewrappedHeader(*keys, newPassphrase, newParams);
    const RecordCipher cipher(*keys, header.vaultId);
    const RecordCipher& old = store.cipher();
    const QString location = store.location();
    VaultRepository& raw = store.repository().storage();

    KeyRotationReport report;
    try {
        raw.transact([&] {
            store.requireCurrentHeader();
            const QStringList problems = m_vault.verifyCommitment();
            if (!problems.isEmpty()) {
                throw VaultError(ErrorCode::Integrity,
                                 QCoreApplication::translate(
                                     "KeyRotation", "%1; the key was not rotated (run verify)")
                                     .arg(problems.first()));
            }
            const std::vector<SecretRecord> secrets = raw.secrets();
            const std::vector<ObjectRecord> objects = raw.objects();
            const std::vector<BundleRecord> bundles = raw.bundles();
            const std::optional<AuditRecord> last = raw.lastAuditRecord();
            const qint64 total =
                static_cast<qint64>(secrets.size() + objects.size() + bundles.size()) +
                (last ? last->seq : 0);
            qint64 done = 0;
            const auto advance = [&] {
                ++done;
                if (progress && (done % 500 == 0 || done == total)) {
                    progress(done, total);
                }
            };

            for (const SecretRecord& record : secrets) {
                QByteArray plain;
                std::optional<SecretMetadataCodec::Metadata> metadata;
                if (old.openUnguarded(record.metadata,
                                      {record.id, record.version, RecordCipher::Field::Metadata},
                                      plain)) {
                    metadata = SecretMetadataCodec::decode(plain);
                }
                SecureBuffer value;
                SecureBuffer notes;
                const bool held = KeychainValues::isMarker(record.value);
                const QByteArray sealedValue =
                    held && metadata
                        ? keychain.sealed(record.id, record.value, metadata->ref.toString())
                        : record.value;
                if (!metadata ||
                    !old.open(sealedValue, {record.id, record.version, RecordCipher::Field::Value},
                              value) ||
                    (!record.notes.isEmpty() &&
                     !old.open(record.notes,
                               {record.id, record.version, RecordCipher::Field::Notes}, notes))) {
                    damaged(location, recordName("secrets", record.id));
                }
                SecretRecord fresh = record;
                fresh.refTag = cipher.lookupTag(metadata->ref.toString());
                fresh.metadata =
                    cipher.seal(plain, {record.id, record.version, RecordCipher::Field::Metadata});
                fresh.value = cipher.seal(value.view(),
                                          {record.id, record.version, RecordCipher::Field::Value});
                if (held) {
                    fresh.value = keychain.place(record.id, fresh.value, metadata->ref.toString());
                    oldEntries.emplace_back(record.id, record.value);
                }
                fresh.notes = record.notes.isEmpty()
                                  ? QByteArray()
                                  : cipher.seal(notes.view(), {record.id, record.version,
                                                               RecordCipher::Field::Notes});
                raw.removeSecret(record);
                raw.insertSecret(fresh);
                ++report.secrets;
                advance();
            }
            // Older values keep their version's binding under the new key.
            std::vector<VersionRecord> versions;
            raw.scanSecretVersions(
                [&versions](const VersionRecord& record) { versions.push_back(record); });
            for (const VersionRecord& record : versions) {
                QByteArray info;
                SecureBuffer value;
                if (!old.openUnguarded(
                        record.info,
                        {record.secretId, record.version, RecordCipher::Field::History}, info) ||
                    (!record.value.isEmpty() &&
                     !old.open(record.value,
                               {record.secretId, record.version, RecordCipher::Field::Value},
                               value))) {
                    damaged(location, recordName("secret_versions", record.commitKey()));
                }
                VersionRecord fresh = record;
                fresh.info = cipher.seal(
                    info, {record.secretId, record.version, RecordCipher::Field::History});
                if (!record.value.isEmpty()) {
                    fresh.value = cipher.seal(value.view(), {record.secretId, record.version,
                                                             RecordCipher::Field::Value});
                }
                raw.putSecretVersion(fresh);
                ++report.versions;
            }
            for (const ObjectRecord& record : objects) {
                QByteArray plain;
                std::optional<CatalogObject> object;
                if (old.openUnguarded(record.payload,
                                      {record.id, record.version, RecordCipher::Field::Object},
                                      plain)) {
                    object = CatalogCodec::decode(plain);
                }
                if (!object) {
                    damaged(location, recordName("objects", record.id));
                }
                ObjectRecord fresh = record;
                fresh.tag = cipher.lookupTag(CatalogCodec::keyOf(*object));
                fresh.payload =
                    cipher.seal(plain, {record.id, record.version, RecordCipher::Field::Object});
                raw.removeObject(record);
                raw.insertObject(fresh);
                ++report.objects;
                advance();
            }
            for (const BundleRecord& record : bundles) {
                QByteArray plain;
                if (!old.openUnguarded(record.payload, {record.id, 1, RecordCipher::Field::Bundle},
                                       plain)) {
                    damaged(location, recordName("bundles", record.id));
                }
                BundleRecord fresh = record;
                fresh.payload = cipher.seal(plain, {record.id, 1, RecordCipher::Field::Bundle});
                raw.updateBundle(fresh);
                ++report.bundles;
                advance();
            }

            // The audit log, re-sealed and re-chained in pages; the hashes that checkpoints
            // name are kept to sign them again.
            QHash<qint64, QByteArray> checkpointed;
            const std::vector<AuditCheckpoint> checkpoints = raw.auditCheckpoints();
            for (const AuditCheckpoint& checkpoint : checkpoints) {
                checkpointed.insert(checkpoint.seq, QByteArray());
            }
            QByteArray previous = AuditChain::genesis(header.vaultId);
            for (qint64 from = 1;;) {
                const std::vector<AuditRecord> page = raw.auditRange(from, 1000);
                if (page.empty()) {
                    break;
                }
                for (const AuditRecord& record : page) {
                    const AuditRecord fresh =
                        store.audit().rekeyed(record, *keys, cipher, previous);
                    raw.updateAudit(fresh);
                    previous = fresh.hash;
                    if (checkpointed.contains(record.seq)) {
                        checkpointed.insert(record.seq, fresh.hash);
                    }
                    ++report.events;
                    advance();
                }
                from = page.back().seq + 1;
            }
            for (const AuditCheckpoint& checkpoint : checkpoints) {
                raw.appendCheckpoint(
                    AuditLog::signedCheckpoint(header.vaultId, checkpoint.seq, checkpoint.timeMs,
                                               checkpointed.value(checkpoint.seq), *keys));
            }

            // The new header and commitment; from here on the store holds the new key.
            raw.writeHeader(header);
            raw.setQuickUnlockWrap(std::nullopt);
            raw.clearCommitment();
            store.detach();
            store.setHeader(header);
            store.attachNew(std::move(keys), 1);
            store.record({AuditAction::VaultKeyRotated, QString(), AuditEvent::Outcome::Success,
                          QJsonObject{{QStringLiteral("secrets"), report.secrets},
                                      {QStringLiteral("objects"), report.objects},
                                      {QStringLiteral("bundles"), report.bundles},
                                      {QStringLiteral("versions"), report.versions},
                                      {QStringLiteral("events"), report.events}}});
            store.setUnlockedWithPassphrase(true);
            if (quick) {
                store.record({AuditAction::VaultQuickUnlockForgotten, QString(),
                              AuditEvent::Outcome::Success,
                              QJsonObject{{QStringLiteral("reason"),
                                           QuickUnlockService::reasonName(
                                               QuickUnlockService::Reason::KeyRotated)}}});
            }
        });
    } catch (...) {
        // Rolled back: the file is as it was. The keys in memory may already be the new
        // ones, which open nothing; lock, and let the user unlock again.
        store.detach();
        store.setHeader(store.repository().readHeader());
        throw;
    }
    for (const auto& [id, marker] : oldEntries) {
        keychain.discard(id, marker, QString::fromLatin1(id.toHex()));
    }
    if (quick) {
        QuickUnlockService(m_vault).forget(QuickUnlockService::Reason::KeyRotated);
    }
    return report;
}

} // namespace scopevault
