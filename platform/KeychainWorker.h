#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>

namespace scopevault {

/// What one keychain job answered, filled on the worker thread and read by the caller once
/// `done` is set (under `mutex`).
struct KeychainReply
{
    std::mutex mutex;
    std::condition_variable ready;
    bool done = false;
    int error = 0; // QKeychain::Error
    QString errorText;
    QByteArray data;
};

/// Lives on QtKeychainStore's thread and starts QtKeychain's jobs there, so that their D-Bus
/// traffic and QtKeychain's job queue never touch the caller's thread.
class KeychainWorker final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void startRead(const QString& service, const QString& name,
                   const std::shared_ptr<KeychainReply>& reply);
    void startWrite(const QString& service, const QString& name, const QByteArray& data,
                    const std::shared_ptr<KeychainReply>& reply);
    void startRemove(const QString& service, const QString& name,
                     const std::shared_ptr<KeychainReply>& reply);
};

} // namespace scopevault
