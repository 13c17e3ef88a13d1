#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace scopevault {

/// How many events of each outcome one time bucket holds (`audit stats`, the timeline chart).
struct AuditBucket
{
    QDateTime start; // UTC
    qint64 success = 0;
    qint64 denied = 0;
    qint64 error = 0;
};

/// The width of the buckets: an hour, a day (UTC) or a week (from Monday, UTC).
enum class AuditBucketWidth
{
    Hour,
    Day,
    Week,
};

/// One row of the storage's count: events of one outcome in the bucket starting at startMs.
struct AuditCount
{
    qint64 startMs = 0;
    QString outcome;
    qint64 count = 0;
};

} // namespace scopevault
