#include "store/VaultStore.h"

#include "AcrossCores.h"
#include "audit/AuditAction.h"

#include "audit/AuditEvent.h"
#include "crypto/CatalogCodec.h"
#include "crypto/Kdf.h"
#include "secrets/SecretRef.h"
#include "vault/VaultError.h"

#include "BundleSealer.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace scopevault {

VaultStore::VaultStore(VaultRepository& repository, const Clock& clock)
    : m_repository(repository)
    , m_clock(clock)
    , m_audit(m_repository, clock)
    , m_actor(AuditActor::osUser())
{}

VaultStore::~VaultStore() = default;

qint64 VaultStore::nowMs() const
{
    return m_clock.nowUtc().toMSecsSinceEpoch();
}

void VaultStore::setHeader(VaultHeader header)
{
    m_header = std::move(header);
    m_opened = true;
}

void VaultStore::requireCurrentHeader()
{
    if (VaultKeys::headerDigest(m_repository.readHeader()) != VaultKeys::headerDigest(m_header)) {
        throw VaultError(ErrorCode::WrongPassphrase,
                         QCoreApplication::translate(
                             "VaultStore",
                             "the passphrase of %1 was changed by another process after this "
                             "one unlocked it; the passphrase given no longer opens the vault")
                             .arg(location()));
    }
}

VaultHeader VaultStore::rewrappedHeader(const VaultKeys& keys, const SecureBuffer& newPassphrase,
                                        const std::optional<KdfParams>& newParams) const
{
    if (newPassphrase.isEmpty()) {
        throw VaultError(
            ErrorCode::Usage,
            QCoreApplication::translate("VaultStore", "the new passphrase must not be empty"));
    }
    VaultHeader header = m_header;
    if (newParams) {
        newParams->validate();
        header.kdf = *newParams;
    }
    header.salt = Kdf::randomSalt();
    header.wrappedKey = keys.wrap(Kdf::derive(newPassphrase, header.salt, header.kdf), header);
    return header;
}

void VaultStore::attach(std::unique_ptr<VaultKeys> keys)
{
    m_repository.attach(*keys, m_header); // throws before anything is kept
    m_keys = std::move(keys);
    m_cipher = std::make_unique<RecordCipher>(*m_keys, m_header.vaultId);
    m_audit.attach(*m_keys, *m_cipher, m_header.vaultId, m_repository.auditKeyedFrom());
}

void VaultStore::attachNew(std::unique_ptr<VaultKeys> keys, qint64 auditKeyedFrom)
{
    m_repository.initialize(*keys, m_header, auditKeyedFrom);
    m_keys = std::move(keys);
    m_cipher = std::make_unique<RecordCipher>(*m_keys, m_header.vaultId);
    m_audit.attach(*m_keys, *m_cipher, m_header.vaultId, m_repository.auditKeyedFrom());
}

void VaultStore::detach()
{
    m_audit.detach();
    m_repository.detach();
    m_catalog.reset();
    m_cipher.reset();
    m_keys.reset(); // SecureBuffer wipes the vault key and its subkeys
    m_withPassphrase = false;
    m_anchorUnreachable = false;
}

void VaultStore::requireUnlocked() const
{
    if (!m_keys) {
        throw VaultError(ErrorCode::Denied,
                         QCoreApplication::translate("VaultStore", "the vault is locked"));
    }
}

const VaultKeys& VaultStore::keys() const
{
    requireUnlocked();
    return *m_keys;
}

const RecordCipher& VaultStore::cipher() const
{
    requireUnlocked();
    return *m_cipher;
}

QByteArray VaultStore::tagOf(const SecretRef& ref) const
{
    return cipher().lookupTag(ref.toString());
}

void VaultStore::transact(const std::function<void()>& work)
{
    ++m_depth;
    try {
        m_repository.transact(work);
    } catch (...) {
        --m_depth;
        // The cached catalog may hold changes that were rolled back.
        m_catalog.reset();
        if (m_depth == 0) {
            m_afterCommit.clear();
            runAll(m_onRollback);
        }
        throw;
    }
    if (--m_depth == 0) {
        m_onRollback.clear();
        runAll(m_afterCommit);
    }
}

void VaultStore::runAll(std::vector<std::function<void()>>& actions)
{
    std::vector<std::function<void()>> taken;
    taken.swap(actions);
    for (const auto& action : taken) {
        action();
    }
}

void VaultStore::afterCommit(std::function<void()> action)
{
    if (m_depth == 0) {
        action();
        return;
    }
    m_afterCommit.push_back(std::move(action));
}

void VaultStore::onRollback(std::function<void()> action)
{
    if (m_depth > 0) {
        m_onRollback.push_back(std::move(action));
    }
}

const Catalog& VaultStore::catalog()
{
    requireUnlocked();
    if (!m_catalog) {
        // Opened across the cores (20,000 rotation policies are 20,000 objects, each an AEAD
        // open, a decode and a tag derivation), then put in order on this thread.
        const std::vector<ObjectRecord> records = m_repository.objects();
        std::vector<std::optional<CatalogObject>> objects(records.size());
        acrossCores(records.size(), [&](std::size_t begin, std::size_t end) {
            QByteArray plain;
            for (std::size_t i = begin; i < end; ++i) {
                const ObjectRecord& record = records[i];
                if (!m_cipher->openUnguarded(
                        record.payload, {record.id, record.version, RecordCipher::Field::Object},
                        plain)) {
                    continue;
                }
                // Nothing may leave a worker thread as an exception (std::terminate): an
                // object whose key cannot even be built counts as failing authentication.
                try {
                    objects[i] = CatalogCodec::decode(plain);
                    if (objects[i] &&
                        m_cipher->lookupTag(CatalogCodec::keyOf(*objects[i])) != record.tag) {
                        objects[i].reset();
                    }
                } catch (const VaultError&) {
                    objects[i].reset();
                }
            }
        });
        Catalog catalog;
        for (std::size_t i = 0; i < records.size(); ++i) {
            if (!objects[i]) {
                throw VaultError(
                    ErrorCode::Integrity,
                    QCoreApplication::translate(
                        "VaultStore", "object %1 in %2 failed authentication (the record was "
                                      "altered or is corrupt)")
                        .arg(QString::fromLatin1(records[i].id.toHex()), m_repository.location()));
            }
            catalog.put(std::move(*objects[i]));
        }
        m_catalog = std::move(catalog);
    }
    return *m_catalog;
}

void VaultStore::putObject(const CatalogObject& object)
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

bool VaultStore::removeObject(const QString& key)
{
    (void)catalog();
    const std::optional<ObjectRecord> existing = m_repository.findObject(m_cipher->lookupTag(key));
    if (!existing) {
        return false;
    }
    transact([&] { m_repository.removeObject(*existing); });
    m_catalog->remove(key);
    return true;
}

void VaultStore::ensureScope(const Scope& scope)
{
    if (scope.kind() == Scope::Kind::System || catalog().hasScope(scope)) {
        return;
    }
    const qint64 now = nowMs();
    transact([&] {
        if (!catalog().pack(scope.packName())) {
            putObject(Pack{scope.packName(), QString(), now});
            record({AuditAction::PackCreated, scope.packName(), AuditEvent::Outcome::Success, {}});
        }
        if (scope.kind() == Scope::Kind::Action && !catalog().action(scope)) {
            putObject(Action{scope.packName(), scope.actionName(), QString(), {}, now});
            record(
                {AuditAction::ActionCreated, scope.toString(), AuditEvent::Outcome::Success, {}});
        }
    });
}

void VaultStore::record(const AuditEvent& event)
{
    recordAs(event, m_actor);
}

void VaultStore::recordAs(const AuditEvent& event, const AuditActor& actor)
{
    requireUnlocked();
    transact([&] { m_audit.append(actor.text(), event, m_header.vaultId); });
}

void VaultStore::recordFailure(AuditAction action, const QString& target, const VaultError& error)
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

AuditLog& VaultStore::audit()
{
    requireUnlocked();
    return m_audit;
}

QByteArray VaultStore::sealBundle(const BundleHeader& header, const SecureBuffer& payload,
                                  const QByteArray& agentPublicKey) const
{
    requireUnlocked();
    return QByteArray::fromStdString(
        BundleSealer::seal(header, payload, agentPublicKey.toStdString(),
                           m_keys->signingSecretKey(), m_keys->signingPublicKey().toStdString()));
}

KeyStore& VaultStore::requireKeyStore(const QString& what) const
{
    if (m_keyStore == nullptr) {
        //: %1 says what needs the keychain, e.g. "payments:STRIPE_KEY"
        throw VaultError(
            ErrorCode::Other,
            QCoreApplication::translate("VaultStore",
                                        "%1 needs the OS keychain, which this program cannot use")
                .arg(what));
    }
    return *m_keyStore;
}

void VaultStore::requirePassphraseUnlock(const QString& what) const
{
    requireUnlocked();
    if (!m_withPassphrase) {
        //: %1 is an operation, e.g. "changing the passphrase"
        throw VaultError(ErrorCode::Denied,
                         QCoreApplication::translate("VaultStore",
                                                     "%1 needs the passphrase: this session was "
                                                     "unlocked through the OS keychain")
                             .arg(what));
    }
}

QStringList VaultStore::takeWarnings()
{
    QStringList taken;
    taken.swap(m_warnings);
    return taken;
}

} // namespace scopevault
