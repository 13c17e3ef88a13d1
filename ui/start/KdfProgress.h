#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

namespace scopevault {

/// What the window shows while Argon2id derives the vault key on a worker: a busy bar with a
/// line that says what is happening and for how long so far (the KDF is slow on purpose).
class KdfProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KdfProgress)

public:
    explicit KdfProgress(QWidget* parent = nullptr);

    /// Shows the bar and `what` ("Unlocking…"), with the seconds elapsed.
    void start(const QString& what);
    void stop();
    [[nodiscard]] QString text() const;

private:
    void tick();

    QProgressBar* m_bar;
    QLabel* m_label;
    QTimer* m_timer;
    QElapsedTimer m_elapsed;
    QString m_what;
};

} // namespace scopevault
