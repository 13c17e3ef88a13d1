#include "shell/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace scopevault {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_running = false;
        Q_EMIT idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance()) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void IdleWatcher::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    if (m_running) {
        start();
    }
}

void IdleWatcher::start()
{
    m_running = true;
    if (m_timeoutMs > 0) {
        m_timer.start(m_timeoutMs);
    } else {
        m_timer.stop();
    }
}

void IdleWatcher::stop()
{
    m_running = false;
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_running && m_timeoutMs > 0) {
            m_timer.start(m_timeoutMs);
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace scopevault
