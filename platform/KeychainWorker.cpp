#include "KeychainWorker.h"

#include <qt6keychain/keychain.h>

namespace scopevault {

namespace {

void prepare(QKeychain::Job* job, const QString& name)
{
    // Deleted once finished; a job that never finishes stays (its D-Bus call cannot be
    // cancelled), without a parent that could delete it under the call.
    job->setAutoDelete(true);
    // A settings file in the clear is never a substitute for the keychain.
    job->setInsecureFallback(false);
    job->setKey(name);
}

void finish(const std::shared_ptr<KeychainReply>& reply, QKeychain::Job* job, QByteArray data)
{
    const std::lock_guard<std::mutex> hold(reply->mutex);
    reply->error = job->error();
    reply->errorText = job->errorString();
    reply->data = std::move(data);
    reply->done = true;
    reply->ready.notify_all();
}

} // namespace

void KeychainWorker::startRead(const QString& service, const QString& name,
                               const std::shared_ptr<KeychainReply>& reply)
{
    auto* job = new QKeychain::ReadPasswordJob(service);
    prepare(job, name);
    connect(job, &QKeychain::Job::finished, job, [reply, job] {
        finish(reply, job, job->error() == QKeychain::NoError ? job->binaryData() : QByteArray());
    });
    job->start();
}

void KeychainWorker::startWrite(const QString& service, const QString& name, const QByteArray& data,
                                const std::shared_ptr<KeychainReply>& reply)
{
    auto* job = new QKeychain::WritePasswordJob(service);
    prepare(job, name);
    job->setBinaryData(data);
    connect(job, &QKeychain::Job::finished, job,
            [reply, job] { finish(reply, job, QByteArray()); });
    job->start();
}

void KeychainWorker::startRemove(const QString& service, const QString& name,
                                 const std::shared_ptr<KeychainReply>& reply)
{
    auto* job = new QKeychain::DeletePasswordJob(service);
    prepare(job, name);
    connect(job, &QKeychain::Job::finished, job,
            [reply, job] { finish(reply, job, QByteArray()); });
    job->start();
}

} // namespace scopevault
