#include "secrets/SecretService.h"
#include "audit/AuditAction.h"

#include "audit/AuditEvent.h"
#include "crypto/CatalogCodec.h"
#include "crypto/SecretMetadataCodec.h"
#include "keychain/KeychainValues.h"
#include "keychain/RollbackAnchor.h"
#include "secrets/VersionLog.h"
#include "store/StoreAccess.h"
#include "store/VaultStore.h"
#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

#include <sodium.h>

namespace scopevault {

namespace {

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Each purpose of a read is its own audit action.
AuditAction readAction(SecretService::ReadPurpose purpose)
{
    switch (purpose) {
    case SecretService::ReadPurpose::Get:
        return AuditAction::SecretRead;
    case SecretService::ReadPurpose::Reveal:
        return AuditAction::SecretRevealed;
    case SecretService::ReadPurpose::Copy:
        break;
    }
    return AuditAction::SecretCopied;
}

} // namespace

SecretService::SecretService(VaultService& vault)
    : m_store(storeOf(vault))
{}

std::optional<SecretRecord> SecretService::lookup(const SecretRef& ref)
{
    try {
        return m_store.repository().findSecret(m_store.tagOf(ref));
    } catch (const VaultError& error) {
        if (error.code() != ErrorCode::Integrity) {
            throw;
        }
        // The commitment names the record by id; the user asked by reference.
        throw VaultError(ErrorCode::Integrity,
                         QCoreApplication::translate("SecretService", "secret '%1': %2")
                             .arg(ref.toString(), error.message()));
    }
}

SecretRecord SecretService::findRecord(const SecretRef& ref)
{
    m_store.requireUnlocked();
    std::optional<SecretRecord> record = lookup(ref);
    if (!record) {
        throw VaultError(ErrorCode::NotFound,
                         QCoreApplication::translate("SecretService", "secret '%1' not found in %2")
                             .arg(ref.toString(), m_store.location()));
    }
    return std::move(*record);
}

SecretInfo SecretService::openMetadata(const SecretRecord& record, const SecretRef* expected)
{
    QByteArray plain;
    std::optional<SecretMetadataCodec::Metadata> metadata;
    if (m_store.cipher().openUnguarded(
            record.metadata, {record.id, record.version, RecordCipher::Field::Metadata}, plain)) {
        metadata = SecretMetadataCodec::decode(plain);
    }
    // The lookup tag is not authenticated by itself: the sealed metadata must name the
    // reference that was asked for, and hash to the stored tag, or rows were swapped. A row
    // the commitment covers was checked whole (tag and sealed metadata as written together,
    // under a MAC only the key makes), so its tag is not derived again: that was a fifth of
    // opening a record in a listing.
    if (!record.damage.isEmpty()) {
        // The row opens but is not the one the vault committed to (an older copy, say).
        const QString what =
            metadata ? metadata->ref.toString() : QString::fromLatin1(record.id.toHex());
        throw VaultError(ErrorCode::Integrity,
                         QCoreApplication::translate("SecretService", "secret '%1' in %2 %3")
                             .arg(what, m_store.location(), record.damage));
    }
    if (!metadata || (expected && !(metadata->ref == *expected)) ||
        (!record.committed && m_store.tagOf(metadata->ref) != record.refTag)) {
        const QString what = expected ? QCoreApplication::translate("SecretService", "secret '%1'")
                                            .arg(expected->toString())
                                      : QCoreApplication::translate("SecretService", "record %1")
                                            .arg(QString::fromLatin1(record.id.toHex()));
        throw VaultError(ErrorCode::Integrity,
                         QCoreApplication::translate(
                             "SecretService",
                             "%1 in %2: metadata failed authentication (the record was altered "
                             "or is corrupt)")
                             .arg(what, m_store.location()));
    }
    return SecretInfo{metadata->ref,
                      metadata->description,
                      record.version,
                      fromMs(record.createdMs),
                      fromMs(record.updatedMs),
                      fromMs(metadata->changedMs != 0 ? metadata->changedMs : record.updatedMs),
                      !record.notes.isEmpty(),
                      metadata->inKeychain};
}

SecureBuffer SecretService::openField(const SecretRecord& record, RecordCipher::Field field,
                                      const QByteArray& sealed, const SecretRef& ref)
{
    SecureBuffer plain;
    if (!m_store.cipher().open(sealed, {record.id, record.version, field}, plain)) {
        throw VaultError(
            ErrorCode::Integrity,
            QCoreApplication::translate(
                "SecretService", "secret '%1' in %2: %3 failed authentication (the record was "
                                 "altered or is corrupt)")
                .arg(ref.toString(), m_store.location(), RecordCipher::fieldName(field)));
    }
    return plain;
}

void SecretService::sealInto(SecretRecord& record, const SecretRef& ref, const QString& description,
                             qint64 changedMs, QByteArrayView value, const SecureBuffer* notes,
                             ValuePlace place) const
{
    const bool inKeychain = place == ValuePlace::Keychain ||
                            (place == ValuePlace::Keep && KeychainValues::isMarker(record.value));
    record.metadata = m_store.cipher().seal(
        SecretMetadataCodec::encode({ref, description, changedMs, inKeychain}),
        {record.id, record.version, RecordCipher::Field::Metadata});
    if (place != ValuePlace::Keep) {
        record.value =
            m_store.cipher().seal(value, {record.id, record.version, RecordCipher::Field::Value});
    }
    if (place == ValuePlace::Keychain) {
        record.value = KeychainValues(m_store).place(record.id, record.value, ref.toString());
    }
    record.notes = notes && !notes->isEmpty()
                       ? m_store.cipher().seal(
                             notes->view(), {record.id, record.version, RecordCipher::Field::Notes})
                       : QByteArray();
}

quint64 SecretService::setSecret(const SecretRef& ref, const SecureBuffer& value,
                                 const SecretChange& change)
{
    return setSecret(ref, value.view(), change);
}

quint64 SecretService::setSecret(const SecretRef& ref, std::string_view value,
                                 const SecretChange& change)
{
    m_store.requireUnlocked();
    quint64 version = 0;
    m_store.transact([&] {
        std::optional<SecretRecord> existing = lookup(ref);
        const qint64 now = m_store.nowMs();
        if (!existing) {
            SecretRecord record;
            record.id = RecordCipher::randomRecordId();
            record.refTag = m_store.tagOf(ref);
            record.version = 1;
            record.createdMs = now;
            record.updatedMs = now;
            if (change.how == ValueChange::Rotate || change.how == ValueChange::Rollback) {
                throw VaultError(
                    ErrorCode::NotFound,
                    QCoreApplication::translate("SecretService", "secret '%1' not found in %2")
                        .arg(ref.toString(), m_store.location()));
            }
            m_store.ensureScope(ref.scope());
            sealInto(record, ref, change.description.value_or(QString()), now,
                     QByteArrayView(value), change.notes,
                     change.inKeychain.value_or(false) ? ValuePlace::Keychain : ValuePlace::File);
            KeychainValues(m_store).dropIfRolledBack(record);
            if (change.inKeychain.value_or(false)) {
                RollbackAnchor(m_store).arm();
            }
            m_store.repository().insertSecret(record);
            version = record.version;
            const QString tag = m_store.audit().valueTag(QByteArrayView(value));
            VersionLog(m_store).created(record, change, tag);
            m_store.record({AuditAction::SecretCreated, ref.toString(),
                            AuditEvent::Outcome::Success,
                            QJsonObject{{QStringLiteral("version"), qint64(version)},
                                        {QStringLiteral("valueTag"), tag}}});
            return;
        }
        SecretRecord record = std::move(*existing);
        const SecretInfo current = openMetadata(record, &ref);
        SecureBuffer oldNotes;
        if (!change.notes && !record.notes.isEmpty()) {
            oldNotes = openField(record, RecordCipher::Field::Notes, record.notes, ref);
        }
        const SecretRecord before = record;
        record.version += 1;
        record.updatedMs = now;
        const bool inKeychain = change.inKeychain.value_or(current.inKeychain);
        sealInto(record, ref, change.description.value_or(current.description), now,
                 QByteArrayView(value), change.notes ? change.notes : &oldNotes,
                 inKeychain ? ValuePlace::Keychain : ValuePlace::File);
        KeychainValues(m_store).dropIfRolledBack(record);
        KeychainValues(m_store).dropAfterCommit(before);
        if (inKeychain) {
            RollbackAnchor(m_store).arm();
        }
        const QString tag = m_store.audit().valueTag(QByteArrayView(value));
        const QString previousTag =
            VersionLog(m_store).changed(before, record.version, ref, change, tag);
        m_store.repository().updateSecret(record);
        version = record.version;
        QJsonObject details{{QStringLiteral("version"), qint64(version)},
                            {QStringLiteral("valueTag"), tag},
                            {QStringLiteral("previousValueTag"), previousTag}};
        AuditAction action = AuditAction::SecretUpdated;
        if (change.how == ValueChange::Rotate) {
            action = AuditAction::SecretRotated;
        } else if (change.how == ValueChange::Rollback) {
            action = AuditAction::SecretRolledBack;
            details.insert(QStringLiteral("from"), qint64(change.restoredFrom.value_or(0)));
        } else if (change.how == ValueChange::Import) {
            details.insert(QStringLiteral("how"), QStringLiteral("import"));
        }
        m_store.record({action, ref.toString(), AuditEvent::Outcome::Success, details});
    });
    return version;
}

void SecretService::editSecret(const SecretRef& ref, const SecretChange& change)
{
    m_store.requireUnlocked();
    m_store.transact([&] {
        SecretRecord record = findRecord(ref);
        const SecretInfo current = openMetadata(record, &ref);
        SecureBuffer oldNotes;
        if (!change.notes && !record.notes.isEmpty()) {
            oldNotes = openField(record, RecordCipher::Field::Notes, record.notes, ref);
        }
        record.updatedMs = m_store.nowMs();
        // The value keeps its seal (same record, same version): only what changed is sealed.
        sealInto(record, ref, change.description.value_or(current.description),
                 current.valueChanged.toMSecsSinceEpoch(), QByteArrayView(),
                 change.notes ? change.notes : &oldNotes, ValuePlace::Keep);
        m_store.repository().updateSecret(record);
        m_store.record({AuditAction::SecretEdited, ref.toString(), AuditEvent::Outcome::Success,
                        QJsonObject{{QStringLiteral("description"), change.description.has_value()},
                                    {QStringLiteral("notes"), change.notes != nullptr}}});
    });
}

SecureBuffer SecretService::readValue(const SecretRef& ref, ReadPurpose purpose)
{
    const AuditAction action = readAction(purpose);
    try {
        const SecretRecord record = findRecord(ref);
        const SecretInfo info = openMetadata(record, &ref);
        SecureBuffer value = openValue(record, ref);
        // Committed before the value leaves this function: no event, no value.
        m_store.record({action, ref.toString(), AuditEvent::Outcome::Success,
                        QJsonObject{{QStringLiteral("version"), qint64(info.version)}}});
        return value;
    } catch (const VaultError& error) {
        m_store.recordFailure(action, ref.toString(), error);
        throw;
    }
}

SecureBuffer SecretService::readNotes(const SecretRef& ref)
{
    try {
        const SecretRecord record = findRecord(ref);
        (void)openMetadata(record, &ref);
        SecureBuffer notes;
        if (!record.notes.isEmpty()) {
            notes = openField(record, RecordCipher::Field::Notes, record.notes, ref);
        }
        m_store.record(
            {AuditAction::SecretNotesRead, ref.toString(), AuditEvent::Outcome::Success, {}});
        return notes;
    } catch (const VaultError& error) {
        m_store.recordFailure(AuditAction::SecretNotesRead, ref.toString(), error);
        throw;
    }
}

std::vector<SecretVersion> SecretService::history(const SecretRef& ref)
{
    const SecretRecord record = findRecord(ref);
    (void)openMetadata(record, &ref);
    return VersionLog(m_store).entries(record, ref);
}

SecureBuffer SecretService::readVersion(const SecretRef& ref, quint64 version, ReadPurpose purpose)
{
    const AuditAction action = readAction(purpose);
    if (secretExists(ref) && describeSecret(ref).version == version) {
        return readValue(ref, purpose);
    }
    try {
        const SecretRecord record = findRecord(ref);
        SecureBuffer value = openOlderValue(record, openMetadata(record, &ref), version);
        m_store.record({action, ref.toString(), AuditEvent::Outcome::Success,
                        QJsonObject{{QStringLiteral("version"), qint64(version)}}});
        return value;
    } catch (const VaultError& error) {
        m_store.recordFailure(action, ref.toString(), error);
        throw;
    }
}

SecureBuffer SecretService::openOlderValue(const SecretRecord& record, const SecretInfo& info,
                                           quint64 version)
{
    const SecretRef& ref = info.ref;
    const VersionRecord stored = VersionLog(m_store).stored(record, version, ref);
    if (stored.value.isEmpty()) {
        throw VaultError(ErrorCode::NotFound,
                         version > info.version || stored.secretId.isEmpty()
                             ? QCoreApplication::translate(
                                   "SecretService", "%1 has no version %2 (versions up to %3 are "
                                                    "in its history)")
                                   .arg(ref.toString())
                                   .arg(version)
                                   .arg(info.version)
                             : QCoreApplication::translate(
                                   "SecretService", "%1: the value of version %2 is no longer kept "
                                                    "(history.retention)")
                                   .arg(ref.toString())
                                   .arg(version));
    }
    // The older value is sealed exactly as it was while current: bound to that version.
    SecretRecord old = record;
    old.version = version;
    return openField(old, RecordCipher::Field::Value, stored.value, ref);
}

quint64 SecretService::rollback(const SecretRef& ref, quint64 version)
{
    m_store.requireUnlocked();
    quint64 made = 0;
    m_store.transact([&] {
        const SecretRecord record = findRecord(ref);
        const SecretInfo info = openMetadata(record, &ref);
        if (version == info.version) {
            throw VaultError(ErrorCode::Usage, QCoreApplication::translate(
                                                   "SecretService", "%1 already holds version %2")
                                                   .arg(ref.toString())
                                                   .arg(version));
        }
        const SecureBuffer value = openOlderValue(record, info, version);
        SecretChange change;
        change.how = ValueChange::Rollback;
        change.restoredFrom = version;
        made = setSecret(ref, value, change);
    });
    return made;
}

SecretInfo SecretService::describeSecret(const SecretRef& ref)
{
    return openMetadata(findRecord(ref), &ref);
}

void SecretService::removeSecret(const SecretRef& ref)
{
    m_store.requireUnlocked();
    m_store.transact([&] {
        const SecretRecord record = findRecord(ref);
        KeychainValues(m_store).dropAfterCommit(record);
        m_store.repository().removeSecret(record);
        VersionLog(m_store).removeAll(record.id);
        m_store.removeObject(CatalogCodec::rotationKey(GrantTarget(ref)));
        m_store.record(
            {AuditAction::SecretDeleted, ref.toString(), AuditEvent::Outcome::Success, {}});
        const QList<Grant> grants = m_store.catalog().grants().values();
        for (const Grant& grant : grants) {
            if (grant.target.secret() && *grant.target.secret() == ref) {
                m_store.removeObject(CatalogCodec::keyOf(grant));
                m_store.record(
                    {AuditAction::GrantRevoked, grant.target.toString(),
                     AuditEvent::Outcome::Success,
                     QJsonObject{{QStringLiteral("agent"), grant.agent},
                                 {QStringLiteral("reason"), QStringLiteral("secret deleted")}}});
            }
        }
    });
}

bool SecretService::valueEquals(const SecretRef& ref, std::string_view candidate)
{
    const SecretRecord record = findRecord(ref);
    (void)openMetadata(record, &ref);
    const SecureBuffer stored = openValue(record, ref);
    return stored.size() == candidate.size() &&
           (candidate.empty() ||
            sodium_memcmp(stored.data(), candidate.data(), candidate.size()) == 0);
}

bool SecretService::valueEquals(const SecretRef& ref, const SecureBuffer& candidate)
{
    const SecretRecord record = findRecord(ref);
    (void)openMetadata(record, &ref);
    return openValue(record, ref).equals(candidate);
}

SecretIndex SecretService::secretIndex()
{
    return SecretIndex(listSecrets(std::nullopt));
}

bool SecretService::secretExists(const SecretRef& ref)
{
    m_store.requireUnlocked();
    return lookup(ref).has_value();
}

void SecretService::moveSecret(const SecretRef& from, const SecretRef& to)
{
    m_store.requireUnlocked();
    m_store.transact([&] {
        if (from == to) {
            return;
        }
        if (lookup(to)) {
            throw VaultError(ErrorCode::Usage,
                             QCoreApplication::translate("SecretService",
                                                         "cannot move %1 to %2: %2 already exists")
                                 .arg(from.toString(), to.toString()));
        }
        SecretRecord record = findRecord(from);
        const SecretInfo current = openMetadata(record, &from);
        const SecureBuffer value = openValue(record, from);
        SecureBuffer notes;
        if (!record.notes.isEmpty()) {
            notes = openField(record, RecordCipher::Field::Notes, record.notes, from);
        }
        m_store.ensureScope(to.scope());
        // A new id keeps the old ciphertexts from ever opening under the new reference.
        m_store.repository().removeSecret(record);
        const QByteArray oldId = record.id;
        record.id = RecordCipher::randomRecordId();
        record.refTag = m_store.tagOf(to);
        record.updatedMs = m_store.nowMs();
        KeychainValues(m_store).dropAfterCommit(record);
        sealInto(record, to, current.description, current.valueChanged.toMSecsSinceEpoch(),
                 value.view(), &notes,
                 current.inKeychain ? ValuePlace::Keychain : ValuePlace::File);
        KeychainValues(m_store).dropIfRolledBack(record);
        m_store.repository().insertSecret(record);
        VersionLog(m_store).moved(oldId, record.id);
        const auto policy = m_store.catalog().rotationPolicies().constFind(from.toString());
        if (policy != m_store.catalog().rotationPolicies().cend()) {
            RotationPolicy moved = *policy;
            m_store.removeObject(CatalogCodec::keyOf(moved));
            moved.target = GrantTarget(to);
            m_store.putObject(moved);
        }
        m_store.record({AuditAction::SecretMoved, from.toString(), AuditEvent::Outcome::Success,
                        QJsonObject{{QStringLiteral("to"), to.toString()}}});
        // Grants on exactly this secret follow it: the agent keeps access to the same secret,
        // and no grant is left on the old reference to open whatever is stored there later.
        const QList<Grant> grants = m_store.catalog().grants().values();
        for (Grant grant : grants) {
            if (grant.target.secret() && *grant.target.secret() == from) {
                m_store.removeObject(CatalogCodec::keyOf(grant));
                grant.target = GrantTarget(to);
                m_store.putObject(grant);
                m_store.record({AuditAction::GrantMoved, from.toString(),
                                AuditEvent::Outcome::Success,
                                QJsonObject{{QStringLiteral("agent"), grant.agent},
                                            {QStringLiteral("to"), to.toString()}}});
            }
        }
    });
}

SecureBuffer SecretService::readValueForBundle(const SecretRef& ref, quint64& version)
{
    const SecretRecord record = findRecord(ref);
    version = openMetadata(record, &ref).version;
    return openValue(record, ref);
}

QStringList SecretService::verifySeals()
{
    m_store.requireUnlocked();
    QStringList problems;
    for (const SecretRecord& record : m_store.repository().secrets()) {
        try {
            const SecretInfo info = openMetadata(record, nullptr);
            (void)openValue(record, info.ref);
            if (!record.notes.isEmpty()) {
                (void)openField(record, RecordCipher::Field::Notes, record.notes, info.ref);
            }
        } catch (const VaultError& error) {
            problems << error.message();
        }
    }
    problems << VersionLog(m_store).verifySeals();
    return problems;
}

} // namespace scopevault
