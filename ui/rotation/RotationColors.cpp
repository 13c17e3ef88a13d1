#include "rotation/RotationColors.h"

namespace scopevault {

QColor RotationColors::color(RotationStatus status, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (status) {
    case RotationStatus::Ok:
        return dark ? QColor(0x7f, 0xd1, 0x8b) : QColor(0x1f, 0x6b, 0x33);
    case RotationStatus::Due:
        return dark ? QColor(0xf0, 0xc0, 0x5a) : QColor(0x80, 0x50, 0x00);
    case RotationStatus::Overdue:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e);
    case RotationStatus::Expired:
        return dark ? QColor(0xd4, 0xaa, 0xff) : QColor(0x6b, 0x2f, 0xa3);
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
