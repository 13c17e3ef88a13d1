#pragma once

#include "audit/AuditVerification.h"
#include "audit/AuditVerifier.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace scopevault {

class VaultRepository;

/// Verifies the audit log on a worker thread, over a connection of its own, so that the
/// window keeps working on a log of millions of events. Progress and the result arrive on
/// the runner's thread; a run that is cancelled or superseded delivers nothing.
class AuditVerifyRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditVerifyRunner)

public:
    /// Makes the worker's repository; called on the worker thread.
    using Connect = std::function<std::unique_ptr<VaultRepository>()>;

    explicit AuditVerifyRunner(QObject* parent = nullptr);
    ~AuditVerifyRunner() override;

    /// Starts a run (cancelling any running one), also against an exported checkpoint.
    void start(AuditVerifier verifier, Connect makeConnection,
               std::optional<AuditCheckpointFile> exported = std::nullopt);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressed(qint64 events);
    /// `error` is empty when the walk completed (the result may still say "broken").
    void finished(const scopevault::AuditVerification& result, const QString& error);

private:
    struct Job;
    std::shared_ptr<Job> m_job;
    bool m_running = false;
};

} // namespace scopevault
