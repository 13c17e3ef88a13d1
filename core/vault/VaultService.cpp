#include "vault/VaultService.h"
#include "audit/AuditAction.h"

#include "audit/AuditEvent.h"
#include "crypto/Kdf.h"
#include "keychain/QuickUnlockService.h"
#include "keychain/RollbackAnchor.h"
#include "store/StoreAccess.h"
#include "store/VaultStore.h"
#include "vault/VaultError.h"

#include "CryptoInit.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <exception>
#include <thread>

namespace scopevault {

namespace {

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

VaultService::VaultService(VaultRepository& repository, const Clock& clock)
    : m_store(std::make_unique<VaultStore>(repository, clock))
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

VaultStore& storeOf(VaultService& vault)
{
    return *vault.m_store;
}

bool VaultService::isUnlocked() const
{
    return m_store->isUnlocked();
}

void VaultService::setActor(const AuditActor& actor)
{
    m_store->setActor(actor);
}

const AuditActor& VaultService::actor() const
{
    return m_store->actor();
}

const Clock& VaultService::clock() const
{
    return m_store->clock();
}

const Catalog& VaultService::catalog()
{
    return m_store->catalog();
}

QByteArray VaultService::signingPublicKey() const
{
    return m_store->keys().signingPublicKey();
}

void VaultService::create(const SecureBuffer& passphrase, const KdfParams& params)
{
    const KdfInputs inputs = prepareCreate(passphrase, params);
    createWithKey(Kdf::derive(passphrase, inputs.salt, inputs.params), inputs.salt, inputs.params);
}

VaultService::KdfInputs VaultService::prepareCreate(const SecureBuffer& passphrase,
                                                    const KdfParams& params)
{
    if (passphrase.isEmpty()) {
        throw VaultError(ErrorCode::Usage, QCoreApplication::translate(
                                               "VaultService", "the passphrase must not be empty"));
    }
    params.validate();
    if (m_store->repository().exists()) {
        throw VaultError(ErrorCode::Other, // as the repository's own refusal
                         QCoreApplication::translate("VaultService", "%1 already exists")
                             .arg(m_store->location()),
                         VaultError::Remedy::OpenExistingVault);
    }
    return {Kdf::randomSalt(), params};
}

void VaultService::createWithKey(const SecureBuffer& kek, const QByteArray& salt,
                                 const KdfParams& params)
{
    params.validate();
    VaultStore& store = *m_store;
    VaultHeader header;
    header.vaultId = RecordCipher::randomRecordId();
    header.kdf = params;
    header.salt = salt;
    header.createdMs = store.nowMs();
    auto keys = std::make_unique<VaultKeys>(VaultKeys::generate());
    header.wrappedKey = keys->wrap(kek, header);
    store.repository().create(header);
    store.setHeader(header);
    try {
        store.repository().transact([&] {
            store.attachNew(std::move(keys), 1);
            store.setUnlockedWithPassphrase(true);
            store.record({AuditAction::VaultCreated, QString(), AuditEvent::Outcome::Success,
                          QJsonObject{{QStringLiteral("kdf"), params.describe()}}});
        });
    } catch (...) {
        store.detach();
        throw;
    }
}

void VaultService::open()
{
    if (m_store->isOpen()) {
        return; // the header changes only through this service (changePassphrase)
    }
    m_store->repository().open();
    VaultHeader header = m_store->repository().readHeader();
    header.kdf.validate();
    m_store->setHeader(std::move(header));
}

void VaultService::unlock(const SecureBuffer& passphrase, const std::function<void()>& meanwhile)
{
    open();
    const QByteArray salt = kdfSalt();
    const KdfParams params = kdfParams();
    std::optional<SecureBuffer> kek;
    std::exception_ptr failure;
    std::thread derive([&] {
        try {
            kek.emplace(Kdf::derive(passphrase, salt, params));
        } catch (...) {
            failure = std::current_exception();
        }
    });
    try {
        if (meanwhile) {
            meanwhile();
        } else {
            // Every unlock checks the whole catalog against the commitment: its rows, digests
            // and leaves are read while the KDF runs.
            m_store->repository().prefetch(false);
        }
    } catch (...) {
        derive.join();
        throw;
    }
    derive.join();
    if (failure) {
        std::rethrow_exception(failure);
    }
    unlockWithKey(*kek);
}

QByteArray VaultService::kdfSalt() const
{
    if (!m_store->isOpen()) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("VaultService", "the vault is not open"));
    }
    return m_store->header().salt;
}

KdfParams VaultService::kdfParams() const
{
    if (!m_store->isOpen()) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("VaultService", "the vault is not open"));
    }
    return m_store->header().kdf;
}

void VaultService::unlockWithKey(const SecureBuffer& kek)
{
    lock();
    open();
    VaultStore& store = *m_store;
    VaultHeader header = store.header();
    std::unique_ptr<VaultKeys> keys;
    try {
        keys = std::make_unique<VaultKeys>(VaultKeys::unwrap(kek, header));
    } catch (const VaultError& error) {
        // Recorded without the key: only the OS user, unsealed. If even that cannot be
        // written the unlock still fails, as it must.
        try {
            store.repository().transact([&] {
                store.auditUnchecked().append(
                    store.actor().text(),
                    {AuditAction::VaultUnlockFailed, QString(), AuditEvent::Outcome::Denied, {}},
                    store.header().vaultId);
            });
        } catch (const VaultError&) {
        }
        throw VaultError(error.code(), QCoreApplication::translate("VaultService", "%1: %2")
                                           .arg(store.location(), error.message()));
    }
    if (header.formatVersion < VaultHeader::CurrentFormatVersion) {
        try {
            upgrade(kek, std::move(keys));
        } catch (...) {
            store.detach();
            store.setHeader(header);
            throw;
        }
        finishUnlock(header, true);
    } else {
        unlockWithVaultKeys(std::move(keys), true);
    }
}

void VaultService::unlockWithVaultKeys(std::unique_ptr<VaultKeys> keys, bool withPassphrase)
{
    VaultStore& store = *m_store;
    const VaultHeader header = store.header();
    try {
        store.attach(std::move(keys));
    } catch (...) {
        store.detach();
        store.setHeader(header);
        throw;
    }
    finishUnlock(header, withPassphrase);
}

void VaultService::finishUnlock(const VaultHeader& header, bool withPassphrase)
{
    VaultStore& store = *m_store;
    m_rollbackWarning.reset();
    try {
        store.setUnlockedWithPassphrase(withPassphrase);
        // Every unlocking command checks the whole catalog against the commitment.
        (void)store.catalog();
        RollbackAnchor anchor(store);
        const std::optional<QString> rolledBack = anchor.check();
        if (rolledBack && m_rollbackPolicy == RollbackPolicy::Refuse) {
            throw VaultError(ErrorCode::Integrity, *rolledBack, VaultError::Remedy::AcceptRollback);
        }
        QJsonObject details;
        if (!withPassphrase) {
            details.insert(QStringLiteral("via"), QStringLiteral("keychain"));
        }
        store.record(
            {AuditAction::VaultUnlocked, QString(), AuditEvent::Outcome::Success, details});
        // The anchor itself is written when the vault is locked again.
        if (rolledBack) {
            m_rollbackWarning = rolledBack;
            if (m_rollbackPolicy == RollbackPolicy::Accept) {
                acceptRollback();
            }
        }
    } catch (...) {
        store.detach();
        store.setHeader(header);
        throw;
    }
}

void VaultService::acceptRollback()
{
    VaultStore& store = *m_store;
    store.requireUnlocked();
    if (!m_rollbackWarning) {
        return;
    }
    store.record({AuditAction::VaultRollbackAccepted, QString(), AuditEvent::Outcome::Success,
                  QJsonObject{{QStringLiteral("reason"), *m_rollbackWarning}}});
    m_rollbackWarning.reset();
    RollbackAnchor(store).update();
}

std::optional<QString> VaultService::rollbackWarning() const
{
    return m_rollbackWarning;
}

void VaultService::setRollbackPolicy(RollbackPolicy policy)
{
    m_rollbackPolicy = policy;
}

void VaultService::setKeyStore(KeyStore* keyStore)
{
    m_store->setKeyStore(keyStore);
}

QStringList VaultService::takeWarnings()
{
    return m_store->takeWarnings();
}

void VaultService::upgrade(const SecureBuffer& kek, std::unique_ptr<VaultKeys> keys)
{
    VaultStore& store = *m_store;
    const int from = store.header().formatVersion;
    VaultHeader upgraded = store.header();
    upgraded.formatVersion = VaultHeader::CurrentFormatVersion;
    upgraded.wrappedKey = keys->wrap(kek, upgraded);
    // One transaction: the new header, the commitment over every record, and the event that
    // starts the keyed audit chain. Killed half way, the vault stays at its old format.
    store.repository().transact([&] {
        const std::optional<AuditRecord> last = store.repository().lastAuditRecord();
        store.repository().writeHeader(upgraded);
        store.setHeader(upgraded);
        store.attachNew(std::move(keys), (last ? last->seq : 0) + 1);
        store.record({AuditAction::VaultUpgraded, QString(), AuditEvent::Outcome::Success,
                      QJsonObject{{QStringLiteral("from"), from},
                                  {QStringLiteral("to"), upgraded.formatVersion}}});
    });
}

void VaultService::lock()
{
    VaultStore& store = *m_store;
    std::optional<VaultError> failure;
    if (store.isUnlocked()) {
        try {
            store.transact([&] {
                store.record(
                    {AuditAction::VaultLocked, QString(), AuditEvent::Outcome::Success, {}});
                store.audit().checkpoint();
            });
            // A file left older than its anchor on purpose is not recorded as seen: the
            // warning stays until the rollback is accepted.
            if (!m_rollbackWarning) {
                RollbackAnchor(store).update();
            }
        } catch (const VaultError& error) {
            failure = error;
        }
    }
    m_rollbackWarning.reset();
    store.detach();
    if (failure) {
        throw *failure;
    }
}

void VaultService::changePassphrase(const SecureBuffer& newPassphrase,
                                    const std::optional<KdfParams>& newParams)
{
    VaultStore& store = *m_store;
    store.requirePassphraseUnlock(
        QCoreApplication::translate("VaultService", "changing the passphrase"));
    const VaultHeader header = store.rewrappedHeader(store.keys(), newPassphrase, newParams);
    const bool quick = store.repository().quickUnlockWrap().has_value();
    store.transact([&] {
        // The write lock is held from here: a change made by another process since this one
        // unlocked is seen, and this one fails instead of silently replacing it.
        store.requireCurrentHeader();
        store.repository().writeHeader(header);
        store.record({AuditAction::VaultPassphraseChanged, QString(), AuditEvent::Outcome::Success,
                      QJsonObject{{QStringLiteral("kdf"), header.kdf.describe()}}});
    });
    store.setHeader(header);
    if (quick) {
        QuickUnlockService(*this).forget(QuickUnlockService::Reason::PassphraseChanged);
    }
}

QStringList VaultService::verifyCommitment()
{
    VaultStore& store = *m_store;
    store.requireUnlocked();
    return store.repository().verifyAll();
}

QStringList VaultService::storageProblems()
{
    return m_store->repository().storageProblems();
}

VaultInfo VaultService::info()
{
    VaultRepository& repository = m_store->repository();
    repository.open();
    const VaultHeader header = repository.readHeader();
    VaultInfo info;
    info.location = repository.location();
    info.formatVersion = header.formatVersion;
    info.schemaVersion = repository.schemaVersion();
    info.vaultId = header.vaultId;
    info.created = fromMs(header.createdMs);
    info.kdf = header.kdf;
    info.secretCount = repository.secretCount();
    return info;
}

} // namespace scopevault
