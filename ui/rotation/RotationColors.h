#pragma once

#include "rotation/RotationStatus.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace scopevault {

/// How a rotation status is drawn: a colour readable on the palette's base (at least 4.5:1 on
/// the light and the dark palette) and a shape, so that status never rests on colour alone.
class RotationColors final
{
public:
    [[nodiscard]] static QColor color(RotationStatus status, const QPalette& palette);
    /// A one-character mark: ● ok, ▲ due, ■ overdue, ✕ expired.
    [[nodiscard]] static QString mark(RotationStatus status);
};

} // namespace scopevault
