#include "vault/VaultService.h"

#include "BundleSealer.h"
#include "CryptoInit.h"
#include "crypto/CatalogCodec.h"
#include "crypto/Kdf.h"
#include "crypto/SecretMetadataCodec.h"
#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <thread>

namespace scopevault {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("VaultService", text);
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

VaultService::VaultService(VaultRepository& repository, const Clock& clock)
    : m_repository(repository)
    , m_clock(clock)
    , m_audit(repository, clock)
    , m_actor(AuditLog::osUserActor())
{
    try {
        CryptoInit::ensureInitialised();
    } catch (const std::runtime_error& error) {
        throw VaultError(ErrorCode::Other, QString::fromUtf8(error.what()));
    }
}

VaultService::~VaultService()
{
    try {
        lock();
    } catch (...) {
        // lock() drops the keys before anything can throw; a failed "locked" event must
        // not escape a destructor.
    }
}

qint64 VaultService::nowMs() const
{
    return m_clock.nowUtc().toMSecsSinceEpoch();
}

void VaultService::create(const SecureBuffer& passphrase, const KdfParams& params)
{
    if (passphrase.isEmpty()) {
        throw VaultError(ErrorCode::Usage, tr("the passphrase must not be empty"));
    }
    params.validate();
    const QByteArray salt = Kdf::randomSalt();
    createWithKey(Kdf::derive(passphrase, salt, params), salt, params);
}

void VaultService::createWithKey(const SecureBuffer& kek, const QByteArray& salt,
                                 const KdfParams& params)
{
    params.validate();
    VaultHeader header;
    header.vaultId = RecordCipher::randomRecordId();
    header.kdf = params;
    header.salt = salt;
    header.createdMs = nowMs();
    auto keys = std::make_unique<VaultKeys>(VaultKeys::generate());
    header.wrappedKey = keys->wrap(kek, header);
    m_repository.create(header);
    m_header = header;
    m_opened = true;
    m_keys = std::move(keys);
    m_cipher = std::make_unique<RecordCipher>(*m_keys, m_header.vaultId);
    m_audit.attach(*m_keys, *m_cipher, m_header.vaultId);
    record({QStringLiteral("vault.created"), QString(), AuditEvent::Outcome::Success,
            QJsonObject{{QStringLiteral("kdf"), params.describe()}}});
}

void VaultService::open()
{
    if (m_opened) {
        return; // the header changes only through this service (changePassphrase)
    }
    m_repository.open();
    m_header = m_repository.readHeader();
    m_header.kdf.validate();
    m_opened = true;
}

void VaultService::unlock(const SecureBuffer& passphrase)
{
    open();
    unlockWithKey(Kdf::derive(passphrase, kdfSalt(), kdfParams()));
}

QByteArray VaultService::kdfSalt() const
{
    if (!m_opened) {
        throw VaultError(ErrorCode::Usage, tr("the vault is not open"));
    }
    return m_header.salt;
}

KdfParams VaultService::kdfParams() const
{
    if (!m_opened) {
        throw VaultError(ErrorCode::Usage, tr("the vault is not open"));
    }
    return m_header.kdf;
}

void VaultService::unlockWithKey(const SecureBuffer& kek)
{
    lock();
    open();
    VaultHeader header = m_header;
    try {
        m_keys = std::make_unique<VaultKeys>(VaultKeys::unwrap(kek, header));
    } catch (const VaultError& error) {
        // Recorded without the key: only the OS user, unsealed. If even that cannot be
        // written the unlock still fails, as it must.
        try {
            m_repository.transact([&] {
                m_audit.append(m_actor,
                               {QStringLiteral("vault.unlock-failed"),
                                QString(),
                                AuditEvent::Outcome::Denied,
                                {}},
                               m_header.vaultId);
            });
        } catch (const VaultError&) {
        }
        throw VaultError(error.code(), tr("%1: %2").arg(m_repository.location(), error.message()));
    }
    m_header = std::move(header);
    m_cipher = std::make_unique<RecordCipher>(*m_keys, m_header.vaultId);
    m_audit.attach(*m_keys, *m_cipher, m_header.vaultId);
    try {
        record({QStringLiteral("vault.unlocked"), QString(), AuditEvent::Outcome::Success, {}});
    } catch (...) {
        lock();
        throw;
    }
}

void VaultService::lock()
{
    std::optional<VaultError> failure;
    if (m_keys) {
        try {
            transact([&] {
                record(
                    {QStringLiteral("vault.locked"), QString(), AuditEvent::Outcome::Success, {}});
                m_audit.checkpoint();
            });
        } catch (const VaultError& error) {
            failure = error;
        }
    }
    m_audit.detach();
    m_catalog.reset();
    m_cipher.reset();
    m_keys.reset(); // SecureBuffer wipes the vault key and its subkeys
    if (failure) {
        throw *failure;
    }
}

void VaultService::record(const AuditEvent& event)
{
    record(event, m_actor);
}

void VaultService::record(const AuditEvent& event, const QString& actor)
{
    requireUnlocked();
    transact([&] { m_audit.append(actor, event, m_header.vaultId); });
}

AuditLog& VaultService::audit()
{
    requireUnlocked();
    return m_audit;
}

void VaultService::recordFailure(const QString& action, const QString& target,
                                 const VaultError& error)
{
    if (!m_keys) {
        return;
    }
    const AuditEvent::Outcome outcome = error.code() == ErrorCode::Denied
                                            ? AuditEvent::Outcome::Denied
                                            : AuditEvent::Outcome::Error;
    try {
        record({action, target, outcome,
                QJsonObject{{QStringLiteral("error"), VaultError::codeName(error.code())}}});
    } catch (const VaultError&) {
    }
}

void VaultService::requireUnlocked() const
{
    if (!m_keys) {
        throw VaultError(ErrorCode::Denied, tr("the vault is locked"));
    }
}

void VaultService::changePassphrase(const SecureBuffer& newPassphrase,
                                    const std::optional<KdfParams>& newParams)
{
    requireUnlocked();
    if (newPassphrase.isEmpty()) {
        throw VaultError(ErrorCode::Usage, tr("the new passphrase must not be empty"));
    }
    VaultHeader header = m_header;
    if (newParams) {
        newParams->validate();
        header.kdf = *newParams;
    }
    header.salt = Kdf::randomSalt();
    header.wrappedKey = m_keys->wrap(Kdf::derive(newPassphrase, header.salt, header.kdf), header);
    transact([&] {
        m_repository.writeHeader(header);
        record({QStringLiteral("vault.passphrase-changed"), QString(), AuditEvent::Outcome::Success,
                QJsonObject{{QStringLiteral("kdf"), header.kdf.describe()}}});
    });
    m_header = header;
}

VaultInfo VaultService::info()
{
    m_repository.open();
    const VaultHeader header = m_repository.readHeader();
    VaultInfo info;
    info.location = m_repository.location();
    info.formatVersion = header.formatVersion;
    info.schemaVersion = m_repository.schemaVersion();
    info.vaultId = header.vaultId;
    info.created = fromMs(header.createdMs);
    info.kdf = header.kdf;
    info.secretCount = m_repository.secretCount();
    return info;
}

QByteArray VaultService::tagOf(const SecretRef& ref) const
{
    return m_cipher->lookupTag(ref.toString());
}

SecretRecord VaultService::findRecord(const SecretRef& ref)
{
    requireUnlocked();
    std::optional<SecretRecord> record = m_repository.findSecret(tagOf(ref));
    if (!record) {
        throw VaultError(
            ErrorCode::NotFound,
            tr("secret '%1' not found in %2").arg(ref.toString(), m_repository.location()));
    }
    return std::move(*record);
}

SecretInfo VaultService::openMetadata(const SecretRecord& record, const SecretRef* expected)
{
    QByteArray plain;
    std::optional<SecretMetadataCodec::Metadata> metadata;
    if (m_cipher->openUnguarded(
            record.metadata, {record.id, record.version, RecordCipher::Field::Metadata}, plain)) {
        metadata = SecretMetadataCodec::decode(plain);
    }
    // The lookup tag is not authenticated by itself: the sealed metadata must name the
    // reference that was asked for, or rows were swapped.
    if (!metadata || (expected && !(metadata->ref == *expected)) ||
        tagOf(metadata->ref) != record.refTag) {
        const QString what = expected ? tr("secret '%1'").arg(expected->toString())
                                      : tr("record %1").arg(QString::fromLatin1(record.id.toHex()));
        throw VaultError(ErrorCode::Integrity,
                         tr("%1 in %2: metadata failed authentication (the record was altered "
                            "or is corrupt)")
                             .arg(what, m_repository.location()));
    }
    return SecretInfo{metadata->ref,
                      metadata->description,
                      record.version,
                      fromMs(record.createdMs),
                      fromMs(record.updatedMs),
                      !record.notes.isEmpty()};
}

SecureBuffer VaultService::openField(const SecretRecord& record, RecordCipher::Field field,
                                     const QByteArray& sealed, const SecretRef& ref)
{
    SecureBuffer plain;
    if (!m_cipher->open(sealed, {record.id, record.version, field}, plain)) {
        throw VaultError(
            ErrorCode::Integrity,
            tr("secret '%1' in %2: %3 failed authentication (the record was "
               "altered or is corrupt)")
                .arg(ref.toString(), m_repository.location(), RecordCipher::fieldName(field)));
    }
    return plain;
}

void VaultService::sealInto(SecretRecord& record, const SecretRef& ref, const QString& description,
                            QByteArrayView value, const SecureBuffer* notes) const
{
    record.metadata = m_cipher->seal(SecretMetadataCodec::encode({ref, description}),
                                     {record.id, record.version, RecordCipher::Field::Metadata});
    record.value = m_cipher->seal(value, {record.id, record.version, RecordCipher::Field::Value});
    record.notes =
        notes && !notes->isEmpty()
            ? m_cipher->seal(notes->view(), {record.id, record.version, RecordCipher::Field::Notes})
            : QByteArray();
}

quint64 VaultService::setSecret(const SecretRef& ref, const SecureBuffer& value,
                                const SecretChange& change)
{
    requireUnlocked();
    quint64 version = 0;
    transact([&] {
        std::optional<SecretRecord> existing = m_repository.findSecret(tagOf(ref));
        const qint64 now = nowMs();
        if (!existing) {
            ensureScope(ref.scope());
            SecretRecord record;
            record.id = RecordCipher::randomRecordId();
            record.refTag = tagOf(ref);
            record.version = 1;
            record.createdMs = now;
            record.updatedMs = now;
            sealInto(record, ref, change.description.value_or(QString()), value.view(),
                     change.notes);
            m_repository.insertSecret(record);
            version = record.version;
            this->record(
                {QStringLiteral("secret.created"), ref.toString(), AuditEvent::Outcome::Success,
                 QJsonObject{{QStringLiteral("version"), qint64(version)},
                             {QStringLiteral("valueTag"), m_audit.valueTag(value.view())}}});
            return;
        }
        SecretRecord record = std::move(*existing);
        const SecretInfo current = openMetadata(record, &ref);
        SecureBuffer oldNotes;
        if (!change.notes && !record.notes.isEmpty()) {
            oldNotes = openField(record, RecordCipher::Field::Notes, record.notes, ref);
        }
        record.version += 1;
        record.updatedMs = now;
        sealInto(record, ref, change.description.value_or(current.description), value.view(),
                 change.notes ? change.notes : &oldNotes);
        m_repository.updateSecret(record);
        version = record.version;
        this->record({QStringLiteral("secret.updated"), ref.toString(),
                      AuditEvent::Outcome::Success,
                      QJsonObject{{QStringLiteral("version"), qint64(version)},
                                  {QStringLiteral("valueTag"), m_audit.valueTag(value.view())}}});
    });
    return version;
}

void VaultService::editSecret(const SecretRef& ref, const SecretChange& change)
{
    requireUnlocked();
    transact([&] {
        SecretRecord record = findRecord(ref);
        const SecretInfo current = openMetadata(record, &ref);
        const SecureBuffer value = openField(record, RecordCipher::Field::Value, record.value, ref);
        SecureBuffer oldNotes;
        if (!change.notes && !record.notes.isEmpty()) {
            oldNotes = openField(record, RecordCipher::Field::Notes, record.notes, ref);
        }
        record.updatedMs = nowMs();
        sealInto(record, ref, change.description.value_or(current.description), value.view(),
                 change.notes ? change.notes : &oldNotes);
        m_repository.updateSecret(record);
        this->record({QStringLiteral("secret.edited"), ref.toString(), AuditEvent::Outcome::Success,
                      QJsonObject{{QStringLiteral("description"), change.description.has_value()},
                                  {QStringLiteral("notes"), change.notes != nullptr}}});
    });
}

SecureBuffer VaultService::readValue(const SecretRef& ref, ReadPurpose purpose)
{
    const QString action = purpose == ReadPurpose::Get      ? QStringLiteral("secret.read")
                           : purpose == ReadPurpose::Reveal ? QStringLiteral("secret.revealed")
                                                            : QStringLiteral("secret.copied");
    try {
        const SecretRecord record = findRecord(ref);
        const SecretInfo info = openMetadata(record, &ref);
        SecureBuffer value = openField(record, RecordCipher::Field::Value, record.value, ref);
        // Committed before the value leaves this function: no event, no value.
        this->record({action, ref.toString(), AuditEvent::Outcome::Success,
                      QJsonObject{{QStringLiteral("version"), qint64(info.version)}}});
        return value;
    } catch (const VaultError& error) {
        recordFailure(action, ref.toString(), error);
        throw;
    }
}

SecureBuffer VaultService::readNotes(const SecretRef& ref)
{
    try {
        const SecretRecord record = findRecord(ref);
        (void)openMetadata(record, &ref);
        SecureBuffer notes;
        if (!record.notes.isEmpty()) {
            notes = openField(record, RecordCipher::Field::Notes, record.notes, ref);
        }
        this->record({QStringLiteral("secret.notes-read"),
                      ref.toString(),
                      AuditEvent::Outcome::Success,
                      {}});
        return notes;
    } catch (const VaultError& error) {
        recordFailure(QStringLiteral("secret.notes-read"), ref.toString(), error);
        throw;
    }
}

SecretInfo VaultService::describeSecret(const SecretRef& ref)
{
    return openMetadata(findRecord(ref), &ref);
}

std::vector<SecretInfo> VaultService::listSecrets(const std::optional<Scope>& scope,
                                                  QStringList* damaged)
{
    requireUnlocked();
    const std::vector<SecretRecord> records = m_repository.secretsWithoutValues();
    // Opening 100,000 sealed records is most of the time of a listing; each is independent
    // (AEAD open, decode, tag check touch only const state), so the work is split across
    // the cores. Errors are kept per record and handled below, in order, on this thread.
    std::vector<std::optional<SecretInfo>> opened(records.size());
    std::vector<std::optional<VaultError>> failures(records.size());
    const auto openRange = [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            try {
                opened[i] = openMetadata(records[i], nullptr);
            } catch (const VaultError& error) {
                failures[i] = error;
            }
        }
    };
    const std::size_t workers =
        records.size() < 4096 ? 1
                              : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
    std::vector<std::thread> threads;
    const std::size_t chunk = (records.size() + workers - 1) / workers;
    for (std::size_t w = 1; w < workers; ++w) {
        threads.emplace_back(openRange, std::min(records.size(), w * chunk),
                             std::min(records.size(), (w + 1) * chunk));
    }
    openRange(0, std::min(records.size(), chunk));
    for (std::thread& thread : threads) {
        thread.join();
    }
    std::vector<SecretInfo> result;
    result.reserve(records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (failures[i]) {
            if (failures[i]->code() != ErrorCode::Integrity || !damaged) {
                throw *failures[i];
            }
            damaged->append(QString::fromLatin1(records[i].id.toHex()));
            continue;
        }
        if (!scope || opened[i]->ref.scope().isWithin(*scope)) {
            result.push_back(std::move(*opened[i]));
        }
    }
    // Sort on precomputed keys: building the reference text inside the comparator would
    // allocate twice per comparison.
    std::vector<std::pair<QString, std::size_t>> order;
    order.reserve(result.size());
    for (std::size_t i = 0; i < result.size(); ++i) {
        order.emplace_back(result[i].ref.toString(), i);
    }
    std::sort(order.begin(), order.end());
    std::vector<SecretInfo> sorted;
    sorted.reserve(result.size());
    for (const auto& entry : order) {
        sorted.push_back(std::move(result[entry.second]));
    }
    result = std::move(sorted);
    return result;
}

void VaultService::removeSecret(const SecretRef& ref)
{
    requireUnlocked();
    transact([&] {
        m_repository.removeSecret(findRecord(ref).id);
        record(
            {QStringLiteral("secret.deleted"), ref.toString(), AuditEvent::Outcome::Success, {}});
        const QList<Grant> grants = catalog().grants().values();
        for (const Grant& grant : grants) {
            if (grant.target.secret() && *grant.target.secret() == ref) {
                removeObject(CatalogCodec::keyOf(grant));
                record({QStringLiteral("grant.revoked"), grant.target.toString(),
                        AuditEvent::Outcome::Success,
                        QJsonObject{{QStringLiteral("agent"), grant.agent},
                                    {QStringLiteral("reason"), QStringLiteral("secret deleted")}}});
            }
        }
    });
}

bool VaultService::valueEquals(const SecretRef& ref, const SecureBuffer& candidate)
{
    const SecretRecord record = findRecord(ref);
    (void)openMetadata(record, &ref);
    return openField(record, RecordCipher::Field::Value, record.value, ref).equals(candidate);
}

SecretIndex VaultService::secretIndex()
{
    return SecretIndex(listSecrets(std::nullopt));
}

} // namespace scopevault

namespace scopevault {

bool VaultService::secretExists(const SecretRef& ref)
{
    requireUnlocked();
    return m_repository.findSecret(tagOf(ref)).has_value();
}

void VaultService::moveSecret(const SecretRef& from, const SecretRef& to)
{
    requireUnlocked();
    transact([&] {
        if (from == to) {
            return;
        }
        if (m_repository.findSecret(tagOf(to))) {
            throw VaultError(
                ErrorCode::Usage,
                tr("cannot move %1 to %2: %2 already exists").arg(from.toString(), to.toString()));
        }
        SecretRecord record = findRecord(from);
        const SecretInfo current = openMetadata(record, &from);
        const SecureBuffer value =
            openField(record, RecordCipher::Field::Value, record.value, from);
        SecureBuffer notes;
        if (!record.notes.isEmpty()) {
            notes = openField(record, RecordCipher::Field::Notes, record.notes, from);
        }
        ensureScope(to.scope());
        // A new id keeps the old ciphertexts from ever opening under the new reference.
        m_repository.removeSecret(record.id);
        record.id = RecordCipher::randomRecordId();
        record.refTag = tagOf(to);
        record.updatedMs = nowMs();
        sealInto(record, to, current.description, value.view(), &notes);
        m_repository.insertSecret(record);
        this->record({QStringLiteral("secret.moved"), from.toString(), AuditEvent::Outcome::Success,
                      QJsonObject{{QStringLiteral("to"), to.toString()}}});
        // Grants on exactly this secret follow it: the agent keeps access to the same secret,
        // and no grant is left on the old reference to open whatever is stored there later.
        const QList<Grant> grants = catalog().grants().values();
        for (Grant grant : grants) {
            if (grant.target.secret() && *grant.target.secret() == from) {
                removeObject(CatalogCodec::keyOf(grant));
                grant.target = GrantTarget(to);
                putObject(grant);
                this->record({QStringLiteral("grant.moved"), from.toString(),
                              AuditEvent::Outcome::Success,
                              QJsonObject{{QStringLiteral("agent"), grant.agent},
                                          {QStringLiteral("to"), to.toString()}}});
            }
        }
    });
}

const Catalog& VaultService::catalog()
{
    requireUnlocked();
    if (!m_catalog) {
        Catalog catalog;
        for (const ObjectRecord& record : m_repository.objects()) {
            QByteArray plain;
            std::optional<CatalogObject> object;
            if (m_cipher->openUnguarded(record.payload,
                                        {record.id, record.version, RecordCipher::Field::Object},
                                        plain)) {
                object = CatalogCodec::decode(plain);
            }
            if (!object || m_cipher->lookupTag(CatalogCodec::keyOf(*object)) != record.tag) {
                throw VaultError(
                    ErrorCode::Integrity,
                    tr("object %1 in %2 failed authentication (the record was "
                       "altered or is corrupt)")
                        .arg(QString::fromLatin1(record.id.toHex()), m_repository.location()));
            }
            catalog.put(*object);
        }
        m_catalog = std::move(catalog);
    }
    return *m_catalog;
}

void VaultService::putObject(const CatalogObject& object)
{
    (void)catalog();
    const QString key = CatalogCodec::keyOf(object);
    const QByteArray tag = m_cipher->lookupTag(key);
    const QByteArray plain = CatalogCodec::encode(object);
    transact([&] {
        std::optional<ObjectRecord> existing = m_repository.findObject(tag);
        const qint64 now = nowMs();
        ObjectRecord record = existing ? *existing : ObjectRecord{};
        if (existing) {
            record.version += 1;
        } else {
            record.id = RecordCipher::randomRecordId();
            record.tag = tag;
            record.version = 1;
            record.createdMs = now;
        }
        record.updatedMs = now;
        record.payload =
            m_cipher->seal(plain, {record.id, record.version, RecordCipher::Field::Object});
        if (existing) {
            m_repository.updateObject(record);
        } else {
            m_repository.insertObject(record);
        }
    });
    m_catalog->put(object);
}

bool VaultService::removeObject(const QString& key)
{
    (void)catalog();
    const std::optional<ObjectRecord> existing = m_repository.findObject(m_cipher->lookupTag(key));
    if (!existing) {
        return false;
    }
    transact([&] { m_repository.removeObject(existing->id); });
    m_catalog->remove(key);
    return true;
}

void VaultService::ensureScope(const Scope& scope)
{
    if (scope.kind() == Scope::Kind::System || catalog().hasScope(scope)) {
        return;
    }
    const qint64 now = nowMs();
    transact([&] {
        if (!catalog().pack(scope.packName())) {
            putObject(Pack{scope.packName(), QString(), now});
            record({QStringLiteral("pack.created"),
                    scope.packName(),
                    AuditEvent::Outcome::Success,
                    {}});
        }
        if (scope.kind() == Scope::Kind::Action && !catalog().action(scope)) {
            putObject(Action{scope.packName(), scope.actionName(), QString(), {}, now});
            record({QStringLiteral("action.created"),
                    scope.toString(),
                    AuditEvent::Outcome::Success,
                    {}});
        }
    });
}

void VaultService::transact(const std::function<void()>& work)
{
    try {
        m_repository.transact(work);
    } catch (...) {
        // The cached catalog may hold changes that were rolled back.
        m_catalog.reset();
        throw;
    }
}

SecureBuffer VaultService::readValueForBundle(const SecretRef& ref, quint64& version)
{
    const SecretRecord record = findRecord(ref);
    version = openMetadata(record, &ref).version;
    return openField(record, RecordCipher::Field::Value, record.value, ref);
}

QByteArray VaultService::signingPublicKey() const
{
    requireUnlocked();
    return m_keys->signingPublicKey();
}

QByteArray VaultService::sealBundle(const BundleHeader& header, const SecureBuffer& payload,
                                    const QByteArray& agentPublicKey) const
{
    requireUnlocked();
    return QByteArray::fromStdString(
        BundleSealer::seal(header, payload, agentPublicKey.toStdString(),
                           m_keys->signingSecretKey(), m_keys->signingPublicKey().toStdString()));
}

void VaultService::registerBundle(const IssuedBundle& bundle)
{
    requireUnlocked();
    const QByteArray sealed =
        m_cipher->seal(bundle.encode(), {bundle.id, 1, RecordCipher::Field::Bundle});
    transact([&] {
        m_repository.insertBundle({bundle.id, bundle.createdMs, bundle.expiresMs, sealed});
    });
}

namespace {

std::optional<IssuedBundle> openBundleRecord(const RecordCipher& cipher, const BundleRecord& record)
{
    QByteArray plain;
    if (!cipher.openUnguarded(record.payload, {record.id, 1, RecordCipher::Field::Bundle}, plain)) {
        return std::nullopt;
    }
    return IssuedBundle::decode(plain, record.id, record.createdMs, record.expiresMs);
}

} // namespace

std::optional<IssuedBundle> VaultService::issuedBundle(const QByteArray& id)
{
    requireUnlocked();
    const std::optional<BundleRecord> record = m_repository.findBundle(id);
    if (!record) {
        return std::nullopt;
    }
    std::optional<IssuedBundle> bundle = openBundleRecord(*m_cipher, *record);
    if (!bundle) {
        throw VaultError(ErrorCode::Integrity,
                         tr("bundle record %1 in %2 failed authentication")
                             .arg(QString::fromLatin1(id.toHex()), m_repository.location()));
    }
    return bundle;
}

QList<IssuedBundle> VaultService::issuedBundles()
{
    requireUnlocked();
    QList<IssuedBundle> result;
    for (const BundleRecord& record : m_repository.bundles()) {
        std::optional<IssuedBundle> bundle = openBundleRecord(*m_cipher, record);
        if (!bundle) {
            throw VaultError(
                ErrorCode::Integrity,
                tr("bundle record %1 in %2 failed authentication")
                    .arg(QString::fromLatin1(record.id.toHex()), m_repository.location()));
        }
        result.append(std::move(*bundle));
    }
    return result;
}

bool VaultService::receiptSeen(const QString& receiptId)
{
    requireUnlocked();
    return m_repository.hasReceipt(m_cipher->lookupTag(QStringLiteral("receipt:") + receiptId));
}

void VaultService::rememberReceipt(const QString& receiptId)
{
    requireUnlocked();
    const QByteArray tag = m_cipher->lookupTag(QStringLiteral("receipt:") + receiptId);
    transact([&] { m_repository.insertReceipt(tag, nowMs()); });
}

} // namespace scopevault
