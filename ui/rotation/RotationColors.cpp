#include "rotation/RotationColors.h"
#include "shell/StatusColors.h"

namespace scopevault {

QColor RotationColors::color(RotationStatus status, const QPalette& palette)
{
    switch (status) {
    case RotationStatus::Ok:
        return StatusColors::color(StatusColors::Tone::Good, palette);
    case RotationStatus::Due:
        return StatusColors::color(StatusColors::Tone::Warning, palette);
    case RotationStatus::Overdue:
        return StatusColors::color(StatusColors::Tone::Bad, palette);
    case RotationStatus::Expired:
        // Its own colour (purple), readable on both palettes like the others.
        return StatusColors::isDark(palette) ? QColor(0xd4, 0xaa, 0xff) : QColor(0x6b, 0x2f, 0xa3);
    }
    return palette.color(QPalette::Text);
}

QString RotationColors::mark(RotationStatus status)
{
    switch (status) {
    case RotationStatus::Ok:
        return QStringLiteral("\u25CF");
    case RotationStatus::Due:
        return QStringLiteral("\u25B2");
    case RotationStatus::Overdue:
        return QStringLiteral("\u25A0");
    case RotationStatus::Expired:
        return QStringLiteral("\u2715");
    }
    return QString();
}

} // namespace scopevault
