#pragma once

// What the GUI benchmarks share: the process's resident memory now, and the median of runs.
#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <vector>

namespace scopevault::bench {

/// Resident memory now (not the peak), from /proc/self/status, in MB; -1 when unknown.
inline double currentRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace scopevault::bench
