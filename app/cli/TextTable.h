#pragma once

#include <QString>
#include <QStringView>

namespace scopevault {

/// A table as one text, printed with one write: each cell padded in place to its column's
/// width and followed by two spaces, rows separated by newlines. A QString per cell and a
/// line per print took a fifth of what `list` of 10,000 secrets does after the KDF, and a
/// write(2) per row a sixth of `rotation list` at 20,000 rows.
class TextTable final
{
public:
    /// Room for `rows` rows of about `rowChars` characters.
    TextTable(qsizetype rows, qsizetype rowChars);

    /// A cell at least `width` characters wide, then two spaces (as leftJustified(width)
    /// followed by "  ": a longer text is not cut).
    TextTable& cell(QStringView text, qsizetype width);
    /// The row's last cell, as it is; the next cell starts a new row.
    TextTable& last(QStringView text);
    /// Text appended to the row's last cell.
    TextTable& more(QStringView text);

    /// Every row, without a newline after the last.
    [[nodiscard]] const QString& text() const { return m_text; }

private:
    void startCell();

    QString m_text;
    bool m_rowEnded = false;
};

} // namespace scopevault
