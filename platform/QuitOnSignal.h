#pragma once

#include <QObject>

class QSocketNotifier;

namespace scopevault {

/// Turns SIGINT, SIGTERM and SIGHUP into a normal end of the event loop, so that what the
/// application tidies on a normal quit (locking the vault, removing the demo's temporary
/// folder) happens on Ctrl+C or `kill` too. The handler only writes the signal's number to a
/// socket pair (async-signal-safe); the event loop reads it and calls
/// QCoreApplication::exit(128 + signal), the exit status a shell reports for that signal.
/// One instance, created after the application object and living as long as its loop.
class QuitOnSignal final : public QObject
{
    Q_OBJECT

public:
    explicit QuitOnSignal(QObject* parent = nullptr);
    ~QuitOnSignal() override;

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace scopevault
