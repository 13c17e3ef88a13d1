#pragma once

#include "ports/KeyStore.h"

#include <QThread>

#include <chrono>
#include <memory>

namespace scopevault {

class KeychainWorker;
struct KeychainReply;

/// The KeyStore over QtKeychain. Every job runs on the process's keychain thread (never the
/// caller's; a window waiting for it keeps painting), and the caller waits at most `timeout`: no
/// keychain service, a locked or denied keyring and a keyring that never answers all end in
/// VaultError(Other) naming the cause within that time. QtKeychain's insecure fallback (a plain
/// settings file) stays off.
class QtKeychainStore final : public KeyStore
{
public:
    static constexpr const char* Service = "scopevault";
    static constexpr std::chrono::milliseconds DefaultTimeout{3000};

    explicit QtKeychainStore(std::chrono::milliseconds timeout = DefaultTimeout);
    ~QtKeychainStore() override;
    QtKeychainStore(const QtKeychainStore&) = delete;
    QtKeychainStore& operator=(const QtKeychainStore&) = delete;

    [[nodiscard]] std::optional<QByteArray> read(const QString& name) override;
    void write(const QString& name, const QByteArray& data) override;
    void remove(const QString& name) override;

private:
    enum class Kind
    {
        Read,
        Write,
        Remove,
    };
    /// Starts the job on the worker thread and waits for its reply or the timeout.
    [[nodiscard]] std::shared_ptr<KeychainReply> run(Kind kind, const QString& name,
                                                     const QByteArray& data);

    /// The process's one keychain thread, started by the first keychain call.
    [[nodiscard]] static QThread* jobThread();
    static void stopJobThread();

    std::chrono::milliseconds m_timeout;
    KeychainWorker* m_worker = nullptr; // created with the first call
};

} // namespace scopevault
