#include "shell/KdfRunner.h"
#include "shell/ErrorText.h"

#include "crypto/Kdf.h"
#include "vault/VaultError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>

#include <memory>

namespace scopevault {

namespace {

// What the worker thread and the receiving thread share; the worker touches nothing else.
struct Job
{
    SecureBuffer passphrase;
    QByteArray salt;
    KdfParams params;
    std::unique_ptr<SecureBuffer> key;
    QString error;
    qint64 elapsedMs = 0;
};

void run(QObject* context, const std::shared_ptr<Job>& job,
         std::function<void(const std::shared_ptr<Job>&)> done)
{
    QThread* thread = QThread::create([job] {
        QElapsedTimer timer;
        timer.start();
        try {
            job->key = std::make_unique<SecureBuffer>(
                Kdf::derive(job->passphrase, job->salt, job->params));
        } catch (const VaultError& error) {
            job->error = ErrorText::describe(error);
        } catch (const std::exception& error) {
            job->error = QString::fromLocal8Bit(error.what());
        }
        job->passphrase = SecureBuffer();
        job->elapsedMs = timer.elapsed();
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, context,
                     [job, done = std::move(done)] { done(job); });
    thread->start();
}

} // namespace

void KdfRunner::derive(QObject* context, SecureBuffer passphrase, const QByteArray& salt,
                       const KdfParams& params, Done done)
{
    auto job = std::make_shared<Job>();
    job->passphrase = std::move(passphrase);
    job->salt = salt;
    job->params = params;
    run(context, job, [done = std::move(done)](const std::shared_ptr<Job>& finished) {
        done(finished->key.get(), finished->error);
        finished->key.reset();
    });
}

void KdfRunner::measure(QObject* context, const KdfParams& params, std::function<void(qint64)> done)
{
    auto job = std::make_shared<Job>();
    job->passphrase = SecureBuffer::copyOf(std::string_view("calibration"));
    job->salt = Kdf::randomSalt();
    job->params = params;
    run(context, job, [done = std::move(done)](const std::shared_ptr<Job>& finished) {
        done(finished->error.isEmpty() ? finished->elapsedMs : -1);
    });
}

} // namespace scopevault
