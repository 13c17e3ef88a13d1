#pragma once

#include <QObject>
#include <QTimer>

namespace scopevault {

/// Emits idle() when the application has seen no key press, click or mouse movement for the
/// configured time. Watches the whole application through an event filter.
class IdleWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatcher)

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    /// 0 switches idle detection off.
    void setTimeoutMs(int ms);
    /// Starts counting (after an unlock); stop() on lock.
    void start();
    void stop();
    [[nodiscard]] bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    int m_timeoutMs = 0;
    bool m_running = false;
};

} // namespace scopevault
