#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace scopevault {

/// Colours for status text (missing, denied, added, ...) that stay readable: at least 4.5:1
/// against the palette's base and window colours, on light and dark palettes alike. Status
/// is never told by colour alone; the text or a mark says it too.
class StatusColors final
{
public:
    enum class Tone
    {
        Good,
        Warning,
        Bad,
        Info,
    };

    [[nodiscard]] static QColor color(Tone tone, const QPalette& palette);
    /// "color: #rrggbb" for a label's style sheet.
    [[nodiscard]] static QString styleSheet(Tone tone, const QPalette& palette);
    /// WCAG 2 contrast ratio of two colours (1 to 21).
    [[nodiscard]] static double contrast(const QColor& a, const QColor& b);
    [[nodiscard]] static bool isDark(const QPalette& palette);
};

} // namespace scopevault
