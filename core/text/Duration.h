#pragma once

#include <QString>
#include <QtGlobal>

namespace scopevault {

/// Lengths of time as people type them: a whole number and a unit, s, m, h, d or w
/// ("90s", "12h", "7d", "2w").
class Duration final
{
public:
    /// Seconds. Throws VaultError(Usage) naming the text and the accepted forms.
    [[nodiscard]] static qint64 parseSeconds(const QString& text);
    /// The largest exact unit up to days ("7d", "36h", "90s").
    [[nodiscard]] static QString format(qint64 seconds);
};

} // namespace scopevault
