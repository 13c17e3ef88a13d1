#pragma once

#include "vault/OffsetClock.h"

#include "SecureBuffer.h"
#include "crypto/KdfParams.h"
#include "rotation/RotationService.h"
#include "secrets/SecretService.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace scopevault {

class Clock;
class VaultRepository;
class GuardedKeyStore;
class KeyStore;
class VaultService;

/// The vault the window shows: which file, whether it is unlocked, and the one VaultService
/// over it. Creating and unlocking run the KDF on a worker thread; everything else is the
/// core services' work, called on the GUI thread.
class VaultSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultSession)

public:
    using RepositoryFactory = std::function<std::unique_ptr<VaultRepository>(const QString&)>;

    VaultSession(RepositoryFactory factory, const Clock& clock, QObject* parent = nullptr);
    ~VaultSession() override;

    /// Opens a vault file (header only, still locked). Throws VaultError.
    void openFile(const QString& path);
    /// Creates a new vault file and unlocks it; emits unlocked() or failed().
    void createAsync(const QString& path, SecureBuffer passphrase, const KdfParams& params);
    /// Emits unlocked() or failed() (wrong passphrase: a message for the user). With
    /// `remember`, quick unlock is turned on after the unlock (a failure is a warning()).
    void unlockAsync(SecureBuffer passphrase, bool remember = false);
    /// The OS keychain the window may use (not owned; null: none). Set before opening a file.
    void setKeyStore(KeyStore* keyStore);
    [[nodiscard]] bool hasKeyStore() const { return m_keyStore != nullptr; }
    /// Whether the open file can be unlocked through the keychain (quick unlock is on).
    [[nodiscard]] bool quickUnlockAvailable();
    /// Unlocks through the keychain (no KDF); emits unlocked() or failed().
    void unlockWithKeychain();
    /// Builds a populated demo vault in a temporary folder and unlocks it.
    void openDemoAsync();
    /// Drops the vault key and everything decrypted; emits locked().
    void lock();
    /// Locks and forgets the file.
    void close();

    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] bool isOpen() const { return m_service != nullptr; }
    [[nodiscard]] bool isUnlocked() const;
    [[nodiscard]] bool isDemo() const { return m_demoDir != nullptr; }
    [[nodiscard]] QString path() const { return m_path; }
    /// The service of the open vault (isOpen() must hold).
    [[nodiscard]] VaultService& vault();
    /// The secrets of the open vault (isUnlocked() must hold for most of its calls).
    [[nodiscard]] SecretService secrets();
    /// Rotation policies, the schedule and rotating values (isUnlocked() must hold).
    [[nodiscard]] RotationService rotation();
    /// Tells every view that the vault's contents changed (after a write from the GUI).
    void notifyChanged() { Q_EMIT changed(); }
    /// Makes another repository (connection) for the open vault's file, for a worker thread;
    /// the repository must be opened and used on that thread.
    [[nodiscard]] std::function<std::unique_ptr<VaultRepository>()> connectionMaker() const;

Q_SIGNALS:
    void busyChanged(bool busy);
    void unlocked();
    void failed(const QString& message);
    void locked();
    /// The vault was locked, but its "locked" event or checkpoint could not be written.
    void lockNotRecorded(const QString& message);
    void changed();
    /// Something did not stop the operation but the user should know (the keychain's).
    void warning(const QString& message);

private:
    void setBusy(bool busy);
    /// Emits warning() for each of the service's pending warnings.
    void reportWarnings();
    void attach(const QString& path, const Clock* clock = nullptr);
    void finishCreate(SecureBuffer* key, const QString& error, const QByteArray& salt,
                      const KdfParams& params, bool demo);

    RepositoryFactory m_factory;
    const Clock& m_clock;
    /// The demo vault's clock: the session's, set back while the demo's month of history is
    /// written.
    OffsetClock m_demoClock;
    QString m_path;
    /// Declared before the service, which uses it until it is destroyed.
    std::unique_ptr<GuardedKeyStore> m_keyStore;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<VaultRepository> m_repository;
    std::unique_ptr<VaultService> m_service; // destroyed before m_repository
    bool m_busy = false;
    bool m_lockPending = false;
    quint64 m_generation = 0; // changes whenever the file is closed or another is opened
};

} // namespace scopevault
