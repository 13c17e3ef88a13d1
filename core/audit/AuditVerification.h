#pragma once

#include <QString>
#include <QtGlobal>

#include <QDateTime>

#include <functional>
#include <optional>

namespace scopevault {

/// What `audit verify` found: counts, or the first broken sequence number and why.
struct AuditVerification
{
    qint64 events = 0;
    qint64 validEvents = 0;
    int checkpoints = 0;
    int validCheckpoints = 0;
    std::optional<qint64> brokenSeq;
    /// The newest checkpoint whose signature and hash hold: its event and when it was signed.
    std::optional<qint64> lastCheckpointSeq;
    qint64 lastCheckpointMs = 0;
    QString reason;
    /// The walk was stopped before the end (nothing is known).
    bool cancelled = false;

    [[nodiscard]] bool ok() const { return !brokenSeq && reason.isEmpty(); }
    /// "N/N events valid, M/M checkpoints valid" (CloudTrail's phrasing), or the problem.
    [[nodiscard]] QString summary() const;
    /// For the window: "N events; last signed checkpoint at event S (T); M/M checkpoints
    /// valid", or the summary when something is broken. `when` formats the checkpoint's time.
    [[nodiscard]] QString verdict(const std::function<QString(const QDateTime&)>& when) const;
};

} // namespace scopevault
