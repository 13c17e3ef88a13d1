#pragma once

// What the benchmarks share: the process's resident memory now, the median of runs, and
// running another program to its end (whole-process timings).
#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
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

struct ProcessRun
{
    double ms = 0;   // wall time from spawn to exit
    long peakKb = 0; // the child's peak RSS (wait4's ru_maxrss)
};

/// Runs `command` (an absolute or relative path first, no PATH search) with stdout to
/// /dev/null; exits the benchmark when it cannot start or does not exit 0.
inline ProcessRun runProcess(const QStringList& command)
{
    std::vector<QByteArray> storage;
    for (const QString& argument : command) {
        storage.push_back(argument.toLocal8Bit());
    }
    std::vector<char*> argv;
    for (QByteArray& argument : storage) {
        argv.push_back(argument.data());
    }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = -1;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        std::fprintf(stderr, "cannot start %s\n", argv[0]);
        std::exit(2);
    }
    int status = 0;
    struct rusage usage
    {};
    wait4(pid, &status, 0, &usage);
    ProcessRun run{static_cast<double>(timer.nsecsElapsed()) / 1e6, usage.ru_maxrss};
    posix_spawn_file_actions_destroy(&actions);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "%s failed (status %d)\n", argv[0], status);
        std::exit(2);
    }
    return run;
}

} // namespace scopevault::bench
