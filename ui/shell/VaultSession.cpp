#include "shell/VaultSession.h"
#include "keychain/QuickUnlockService.h"
#include "shell/ErrorText.h"
#include "shell/GuardedKeyStore.h"

#include "crypto/Kdf.h"
#include "ports/VaultRepository.h"
#include "secrets/SecretService.h"
#include "shell/KdfRunner.h"
#include "vault/DemoVault.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <optional>

namespace scopevault {

VaultSession::VaultSession(RepositoryFactory factory, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_clock(clock)
    , m_demoClock(clock)
{}

VaultSession::~VaultSession()
{
    try {
        close();
    } catch (const VaultError&) {
        // Closing while the file is unwritable: the keys are dropped anyway.
    }
}

bool VaultSession::isUnlocked() const
{
    return m_service && m_service->isUnlocked();
}

SecretService VaultSession::secrets()
{
    return SecretService(vault());
}

RotationService VaultSession::rotation()
{
    return RotationService(vault());
}

VaultService& VaultSession::vault()
{
    if (!m_service) {
        throw VaultError(ErrorCode::Usage, tr("no vault is open"));
    }
    return *m_service;
}

void VaultSession::attach(const QString& path, const Clock* clock)
{
    close();
    ++m_generation;
    m_path = path;
    m_repository = m_factory(path);
    m_service = std::make_unique<VaultService>(*m_repository, clock ? *clock : m_clock);
    m_service->setKeyStore(m_keyStore.get());
    // The window opens a file older than the keychain's anchor and asks what to do.
    m_service->setRollbackPolicy(VaultService::RollbackPolicy::Warn);
}

void VaultSession::setKeyStore(KeyStore* keyStore)
{
    m_keyStore = keyStore ? std::make_unique<GuardedKeyStore>(*keyStore) : nullptr;
    if (m_service) {
        m_service->setKeyStore(m_keyStore.get());
    }
}

bool VaultSession::quickUnlockAvailable()
{
    if (!m_service || !m_keyStore || isUnlocked()) {
        return false;
    }
    try {
        return QuickUnlockService(*m_service).status().enabled;
    } catch (const VaultError&) {
        return false;
    }
}

void VaultSession::unlockWithKeychain()
{
    if (m_busy || !m_service) {
        return;
    }
    setBusy(true);
    try {
        QuickUnlockService(*m_service).unlock();
    } catch (const VaultError& failure) {
        setBusy(false);
        Q_EMIT failed(ErrorText::describe(failure));
        reportWarnings();
        return;
    }
    setBusy(false);
    Q_EMIT unlocked();
    reportWarnings();
}

void VaultSession::reportWarnings()
{
    if (!m_service) {
        return;
    }
    for (const QString& text : m_service->takeWarnings()) {
        Q_EMIT warning(text);
    }
}

void VaultSession::openFile(const QString& path)
{
    if (m_busy) {
        throw VaultError(ErrorCode::Usage, tr("wait until the vault being unlocked is ready"));
    }
    if (!QFileInfo::exists(path)) {
        throw VaultError(ErrorCode::NotFound, tr("%1: no such vault file").arg(path));
    }
    attach(path);
    try {
        m_service->open();
    } catch (const VaultError&) {
        close();
        throw;
    }
}

void VaultSession::unlockAsync(SecureBuffer passphrase, bool remember)
{
    if (m_busy || !m_service) {
        return;
    }
    if (passphrase.isEmpty()) {
        Q_EMIT failed(tr("Enter the vault's passphrase."));
        return;
    }
    setBusy(true);
    // The worker gets copies of the header's salt and KDF cost, never the service: the vault
    // may be closed while it runs.
    const quint64 generation = m_generation;
    auto derive = [this, generation, remember](SecureBuffer* key, const QString& error) {
        setBusy(false);
        if (generation != m_generation) {
            return; // the vault was closed meanwhile
        }
        try {
            if (!key) {
                throw VaultError(ErrorCode::Other, error);
            }
            m_service->unlockWithKey(*key);
        } catch (const VaultError& failure) {
            Q_EMIT failed(failure.code() == ErrorCode::WrongPassphrase
                              ? tr("Wrong passphrase. Check Caps Lock and try again.")
                              : ErrorText::describe(failure));
            reportWarnings();
            return;
        }
        std::optional<QString> notRemembered;
        if (remember) {
            try {
                QuickUnlockService(*m_service).enable();
            } catch (const VaultError& failure) {
                notRemembered =
                    tr("Quick unlock was not turned on: %1").arg(ErrorText::describe(failure));
            }
        }
        Q_EMIT unlocked();
        if (notRemembered) {
            Q_EMIT warning(*notRemembered);
        }
        reportWarnings();
    };
    try {
        KdfRunner::derive(this, std::move(passphrase), m_service->kdfSalt(), m_service->kdfParams(),
                          derive);
        // While the KDF runs on its worker: read the rows the first refresh lists and checks
        // (no key needed), instead of leaving this core idle for the KDF's duration.
        SecretService(*m_service).prepareListing();
    } catch (const VaultError& failure) {
        setBusy(false);
        Q_EMIT failed(ErrorText::describe(failure));
    }
}

void VaultSession::createAsync(const QString& path, SecureBuffer passphrase,
                               const KdfParams& params)
{
    if (m_busy) {
        return;
    }
    VaultService::KdfInputs inputs;
    try {
        // The core's checks before the slow step, on a probe of the file: a refused create
        // leaves the session on the vault it had.
        const std::unique_ptr<VaultRepository> probe = m_factory(path);
        inputs = VaultService(*probe, m_clock).prepareCreate(passphrase, params);
        attach(path);
    } catch (const VaultError& failure) {
        Q_EMIT failed(ErrorText::describe(failure));
        return;
    }
    setBusy(true);
    KdfRunner::derive(this, std::move(passphrase), inputs.salt, inputs.params,
                      [this, inputs](SecureBuffer* key, const QString& error) {
                          finishCreate(key, error, inputs.salt, inputs.params, false);
                      });
}

void VaultSession::openDemoAsync()
{
    if (m_busy) {
        return;
    }
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        Q_EMIT failed(tr("Cannot create a temporary folder for the demo vault."));
        return;
    }
    const QString path = dir->filePath(QStringLiteral("demo.svdb"));
    attach(path, &m_demoClock);
    m_demoDir = std::move(dir);
    setBusy(true);
    const QByteArray salt = Kdf::randomSalt();
    const KdfParams params = KdfParams::fromPreset(QStringLiteral("interactive"));
    KdfRunner::derive(this, SecureBuffer::copyOf(std::string_view(DemoVault::Passphrase)), salt,
                      params, [this, salt, params](SecureBuffer* key, const QString& error) {
                          finishCreate(key, error, salt, params, true);
                      });
}

void VaultSession::finishCreate(SecureBuffer* key, const QString& error, const QByteArray& salt,
                                const KdfParams& params, bool demo)
{
    setBusy(false);
    try {
        if (!key) {
            throw VaultError(ErrorCode::Other, error);
        }
        if (demo) {
            // Made a month ago, so that its history has somewhere to be.
            m_demoClock.setOffsetMs(-static_cast<qint64>(DemoVault::HistoryDays) * 24 * 3600 *
                                    1000);
        }
        m_service->createWithKey(*key, salt, params);
        if (demo) {
            DemoVault::populate(*m_service, &m_demoClock);
        }
    } catch (const VaultError& failure) {
        m_demoClock.setOffsetMs(0);
        close();
        Q_EMIT failed(ErrorText::describe(failure));
        return;
    }
    Q_EMIT unlocked();
}

std::function<std::unique_ptr<VaultRepository>()> VaultSession::connectionMaker() const
{
    return [factory = m_factory, path = m_path] {
        return factory(path);
    };
}

void VaultSession::lock()
{
    if (!isUnlocked()) {
        return;
    }
    if (m_keyStore && m_keyStore->inCall()) {
        // A core call is still waiting for the keychain under this stack: lock right after.
        if (!m_lockPending) {
            m_lockPending = true;
            QTimer::singleShot(50, this, [this] {
                m_lockPending = false;
                lock();
            });
        }
        return;
    }
    std::optional<VaultError> failure;
    try {
        m_service->lock();
    } catch (const VaultError& error) {
        // lock() drops the keys before reporting that its audit event could not be written:
        // the vault is locked either way, and the user is told what the log is missing.
        failure = error;
    }
    Q_EMIT locked();
    if (failure) {
        Q_EMIT lockNotRecorded(ErrorText::describe(*failure));
    }
    reportWarnings();
}

void VaultSession::close()
{
    const bool wasUnlocked = isUnlocked();
    std::optional<VaultError> failure;
    if (m_service) {
        try {
            m_service->lock();
        } catch (const VaultError& error) {
            failure = error;
        }
    }
    ++m_generation;
    m_service.reset();
    m_repository.reset();
    m_demoDir.reset();
    m_path.clear();
    if (wasUnlocked) {
        Q_EMIT locked();
    }
    if (failure) {
        Q_EMIT lockNotRecorded(ErrorText::describe(*failure));
    }
}

void VaultSession::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

} // namespace scopevault
