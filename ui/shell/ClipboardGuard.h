#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace scopevault {

/// Puts a value on the clipboard marked as secret (x-kde-passwordManagerHint, which clipboard
/// managers honour by not keeping a history of it) and clears it after a delay, or on lock,
/// but only while the clipboard still holds that value. Remembers a keyed hash of the value,
/// never the value.
class ClipboardGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardGuard)

public:
    explicit ClipboardGuard(QObject* parent = nullptr);

    void copy(const SecureBuffer& value, int clearAfterMs);
    /// Clears the clipboard now if it still holds the copied value.
    void clearIfOurs();
    [[nodiscard]] bool isPending() const { return m_timer.isActive(); }

Q_SIGNALS:
    void cleared();

private:
    [[nodiscard]] QByteArray fingerprint(QByteArrayView bytes) const;

    QTimer m_timer;
    QByteArray m_hashKey;
    QByteArray m_copied; // keyed BLAKE2b of what we put there
};

} // namespace scopevault
