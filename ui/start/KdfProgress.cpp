#include "start/KdfProgress.h"

#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

namespace scopevault {

KdfProgress::KdfProgress(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(6);
    m_label->setWordWrap(true);
    m_label->setObjectName(QStringLiteral("kdfProgressLabel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &KdfProgress::tick);
    hide();
}

void KdfProgress::start(const QString& what)
{
    m_what = what;
    m_elapsed.start();
    tick();
    m_timer->start();
    show();
}

void KdfProgress::stop()
{
    m_timer->stop();
    hide();
}

QString KdfProgress::text() const
{
    return m_label->text();
}

void KdfProgress::tick()
{
    const qint64 seconds = m_elapsed.elapsed() / 1000;
    const QString line =
        tr("%1 Argon2id derives the key from the passphrase; it is slow on purpose, so that "
           "guessing is slow too.")
            .arg(m_what);
    m_label->setText(seconds < 1 ? line
                                 : line + QLatin1Char(' ') + tr("%1 s so far.").arg(seconds));
    m_bar->setAccessibleName(m_label->text());
}

} // namespace scopevault
