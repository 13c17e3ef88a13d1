#include "shell/StatusColors.h"

#include <algorithm>
#include <cmath>

namespace scopevault {

namespace {

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

} // namespace

bool StatusColors::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor StatusColors::color(Tone tone, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x7f, 0xd1, 0x8b) : QColor(0x1f, 0x6b, 0x33);
    case Tone::Warning:
        return dark ? QColor(0xf0, 0xc0, 0x5a) : QColor(0x80, 0x50, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e);
    case Tone::Info:
        return dark ? QColor(0x8a, 0xb8, 0xf0) : QColor(0x1a, 0x55, 0xa8);
    }
    return palette.color(QPalette::Text);
}

QString StatusColors::styleSheet(Tone tone, const QPalette& palette)
{
    return QStringLiteral("color: %1").arg(color(tone, palette).name());
}

double StatusColors::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace scopevault
