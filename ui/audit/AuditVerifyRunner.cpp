#include "audit/AuditVerifyRunner.h"

#include "ports/VaultRepository.h"
#include "shell/ErrorText.h"
#include "vault/VaultError.h"

#include <QPointer>
#include <QThread>

#include <atomic>

namespace scopevault {

// What the worker and the runner share; the worker touches nothing else.
struct AuditVerifyRunner::Job
{
    explicit Job(AuditVerifier v)
        : verifier(std::move(v))
    {}
    AuditVerifier verifier;
    Connect connect;
    std::optional<AuditCheckpointFile> exported;
    std::atomic<bool> cancelled{false};
    AuditVerification result;
    QString error;
};

AuditVerifyRunner::AuditVerifyRunner(QObject* parent)
    : QObject(parent)
{}

AuditVerifyRunner::~AuditVerifyRunner()
{
    cancel();
}

void AuditVerifyRunner::cancel()
{
    if (m_job) {
        m_job->cancelled = true;
        m_job.reset();
    }
    m_running = false;
}

void AuditVerifyRunner::start(AuditVerifier verifier, Connect makeConnection,
                              std::optional<AuditCheckpointFile> exported)
{
    cancel();
    auto job = std::make_shared<Job>(std::move(verifier));
    job->connect = std::move(makeConnection);
    job->exported = std::move(exported);
    m_job = job;
    m_running = true;
    QPointer<AuditVerifyRunner> self(this);
    QThread* thread = QThread::create([job, self] {
        try {
            // The connection is made, used and closed on this thread (as QtSql requires).
            const std::unique_ptr<VaultRepository> repository = job->connect();
            repository->open();
            job->result =
                job->verifier.verify(*repository, job->exported, [job, self](qint64 events) {
                    if (!job->cancelled) {
                        QMetaObject::invokeMethod(
                            self,
                            [job, self, events] {
                                if (self && self->m_job == job) {
                                    Q_EMIT self->progressed(events);
                                }
                            },
                            Qt::QueuedConnection);
                    }
                    return !job->cancelled.load();
                });
        } catch (const VaultError& error) {
            job->error = ErrorText::describe(error);
        } catch (const std::exception& error) {
            job->error = QString::fromLocal8Bit(error.what());
        }
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, job] {
        if (m_job != job || job->cancelled) {
            return; // superseded or cancelled: nothing to say
        }
        m_job.reset();
        m_running = false;
        Q_EMIT finished(job->result, job->error);
    });
    thread->start();
}

} // namespace scopevault
