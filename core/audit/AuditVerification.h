#pragma once

#include <QString>
#include <QtGlobal>

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
    QString reason;
    /// The walk was stopped before the end (nothing is known).
    bool cancelled = false;

    [[nodiscard]] bool ok() const { return !brokenSeq && reason.isEmpty(); }
    /// "N/N events valid, M/M checkpoints valid" (CloudTrail's phrasing), or the problem.
    [[nodiscard]] QString summary() const;
};

} // namespace scopevault
