#include "TextTable.h"

#include <algorithm>

namespace scopevault {

TextTable::TextTable(qsizetype rows, qsizetype rowChars)
{
    m_text.reserve(rows * rowChars);
}

void TextTable::startCell()
{
    if (m_rowEnded) {
        m_text += u'\n';
        m_rowEnded = false;
    }
}

TextTable& TextTable::cell(QStringView text, qsizetype width)
{
    startCell();
    const qsizetype start = m_text.size();
    m_text += text;
    m_text.resize(std::max(m_text.size(), start + width) + 2, u' ');
    return *this;
}

TextTable& TextTable::last(QStringView text)
{
    startCell();
    m_text += text;
    m_rowEnded = true;
    return *this;
}

TextTable& TextTable::more(QStringView text)
{
    m_text += text;
    return *this;
}

} // namespace scopevault
