#include "QtKeychainStore.h"

#include "KeychainWorker.h"
#include "vault/VaultError.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace scopevault {

namespace {

QString serviceName()
{
    return QString::fromLatin1(QtKeychainStore::Service);
}

/// Waits for the reply. On the application's main thread the event loop keeps running (paint
/// and timers; user input waits), so a window never freezes while the keychain thinks.
bool waitFor(KeychainReply& reply, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    QCoreApplication* app = QCoreApplication::instance();
    if (app != nullptr && QThread::currentThread() == app->thread()) {
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(5);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            const std::lock_guard<std::mutex> hold(reply.mutex);
            if (reply.done || std::chrono::steady_clock::now() >= deadline) {
                loop.quit();
            }
        });
        poll.start();
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        const std::lock_guard<std::mutex> hold(reply.mutex);
        return reply.done;
    }
    std::unique_lock<std::mutex> hold(reply.mutex);
    return reply.ready.wait_until(hold, deadline, [&] { return reply.done; });
}

QString failure(const KeychainReply& reply)
{
    switch (reply.error) {
    case QKeychain::NoBackendAvailable:
        return QCoreApplication::translate("QtKeychainStore",
                                           "no OS keychain is available (on Linux: no Secret "
                                           "Service such as gnome-keyring on the session bus)");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate(
            "QtKeychainStore", "the OS keychain refused access (locked, or the prompt was denied)");
    default:
        break;
    }
    const QString& text = reply.errorText;
    if (text.contains(QLatin1String("org.freedesktop.secrets")) ||
        text.contains(QLatin1String("autolaunch")) ||
        text.contains(QLatin1String("DBUS_SESSION_BUS_ADDRESS"))) {
        //: %1 is the keychain's own explanation
        return QCoreApplication::translate("QtKeychainStore",
                                           "no OS keychain is available: no Secret Service "
                                           "(such as gnome-keyring) on the session bus (%1)")
            .arg(text);
    }
    //: %1 is the keychain's own explanation
    return QCoreApplication::translate("QtKeychainStore", "the OS keychain failed: %1")
        .arg(reply.errorText.isEmpty() ? QStringLiteral("?") : reply.errorText);
}

} // namespace

QThread* QtKeychainStore::jobThread()
{
    // One thread for the whole process: QtKeychain queues every job through one executor
    // that lives in the thread of the first job. It is stopped before the application object
    // goes (a post routine), so that it never runs while Qt's globals are destroyed; a job
    // that never answered is abandoned then, since its D-Bus call cannot be cancelled.
    static QThread* const thread = [] {
        auto* started = new QThread;
        started->setObjectName(QStringLiteral("keychain"));
        started->start();
        qAddPostRoutine(stopJobThread);
        return started;
    }();
    return thread;
}

void QtKeychainStore::stopJobThread()
{
    QThread* thread = jobThread();
    thread->quit();
    thread->wait(2000);
}

QtKeychainStore::QtKeychainStore(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{}

QtKeychainStore::~QtKeychainStore()
{
    // Jobs still running finish on their own (they hold their reply, not the worker).
    if (m_worker != nullptr) {
        m_worker->deleteLater();
    }
}

std::shared_ptr<KeychainReply> QtKeychainStore::run(Kind kind, const QString& name,
                                                    const QByteArray& data)
{
    auto reply = std::make_shared<KeychainReply>();
    if (m_worker == nullptr) {
        // The thread starts with the first keychain call: a command that never uses the
        // keychain never starts it (nor waits for it at exit).
        m_worker = new KeychainWorker;
        m_worker->moveToThread(jobThread());
    }
    KeychainWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, kind, name, data, reply] {
            switch (kind) {
            case Kind::Read:
                worker->startRead(serviceName(), name, reply);
                break;
            case Kind::Write:
                worker->startWrite(serviceName(), name, data, reply);
                break;
            case Kind::Remove:
                worker->startRemove(serviceName(), name, reply);
                break;
            }
        },
        Qt::QueuedConnection);
    if (!waitFor(*reply, m_timeout)) {
        throw VaultError(ErrorCode::Other,
                         //: %1 is a number of seconds, e.g. 3
                         QCoreApplication::translate("QtKeychainStore",
                                                     "the OS keychain did not answer within %1 s")
                             .arg(QString::number(double(m_timeout.count()) / 1000.0)));
    }
    return reply;
}

std::optional<QByteArray> QtKeychainStore::read(const QString& name)
{
    const auto reply = run(Kind::Read, name, QByteArray());
    if (reply->error == QKeychain::EntryNotFound) {
        return std::nullopt;
    }
    if (reply->error != QKeychain::NoError) {
        throw VaultError(ErrorCode::Other, failure(*reply));
    }
    return reply->data;
}

void QtKeychainStore::write(const QString& name, const QByteArray& data)
{
    const auto reply = run(Kind::Write, name, data);
    if (reply->error != QKeychain::NoError) {
        throw VaultError(ErrorCode::Other, failure(*reply));
    }
}

void QtKeychainStore::remove(const QString& name)
{
    const auto reply = run(Kind::Remove, name, QByteArray());
    if (reply->error != QKeychain::NoError && reply->error != QKeychain::EntryNotFound) {
        throw VaultError(ErrorCode::Other, failure(*reply));
    }
}

} // namespace scopevault
