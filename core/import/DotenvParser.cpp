#include "import/DotenvParser.h"

#include "secrets/SecretRef.h"

#include <QCoreApplication>

namespace scopevault {

namespace {

// A cursor over the bytes that counts lines.
class Reader
{
public:
    explicit Reader(const SecureBuffer& content)
        : m_data(content.data())
        , m_size(content.size())
    {
        if (m_size >= 3 && m_data[0] == 0xEF && m_data[1] == 0xBB && m_data[2] == 0xBF) {
            m_pos = 3; // UTF-8 byte order mark
        }
    }

    [[nodiscard]] bool atEnd() const { return m_pos >= m_size; }
    [[nodiscard]] unsigned char peek(std::size_t ahead = 0) const
    {
        return m_pos + ahead < m_size ? m_data[m_pos + ahead] : 0;
    }
    [[nodiscard]] int line() const { return m_line; }
    [[nodiscard]] bool atLineEnd() const { return atEnd() || peek() == '\n' || peek() == '\r'; }

    unsigned char next()
    {
        const unsigned char c = m_data[m_pos++];
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
            ++m_line;
        }
        return c;
    }
    void skipBlanks()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
            next();
        }
    }
    void skipWhitespaceAndNewlines()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r' ||
                            peek() == '\f' || peek() == '\v')) {
            next();
        }
    }
    void skipRestOfLine()
    {
        while (!atLineEnd()) {
            next();
        }
        consumeLineEnd();
    }
    void consumeLineEnd()
    {
        if (peek() == '\r') {
            next();
        }
        if (peek() == '\n') {
            next();
        }
    }
    /// Consumes `word` when it is followed by a blank (as `export ` is).
    bool consumeWordAndBlank(const char* word)
    {
        std::size_t n = 0;
        while (word[n] != '\0') {
            if (peek(n) != static_cast<unsigned char>(word[n])) {
                return false;
            }
            ++n;
        }
        if (peek(n) != ' ' && peek(n) != '\t') {
            return false;
        }
        for (std::size_t i = 0; i < n; ++i) {
            next();
        }
        return true;
    }

    struct Mark
    {
        std::size_t pos;
        int line;
    };
    [[nodiscard]] Mark mark() const { return {m_pos, m_line}; }
    void reset(const Mark& mark)
    {
        m_pos = mark.pos;
        m_line = mark.line;
    }

private:
    const unsigned char* m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
    int m_line = 1;
};

struct ParseError
{
    QString message;
};

void appendByte(SecureBuffer& out, unsigned char c)
{
    out.append(&c, 1);
}

// After the opening quote; reads to the closing quote, decoding the escapes that quote
// style knows, and appends the value to `value`. Throws ParseError when the quote never
// closes (the caller drops what was appended).
void readQuoted(Reader& reader, unsigned char quote, SecureBuffer& value)
{
    for (;;) {
        if (reader.atEnd()) {
            throw ParseError{
                QCoreApplication::translate("DotenvParser", "the %1 quote is never closed")
                    .arg(quote == '"' ? QCoreApplication::translate("DotenvParser", "double")
                                      : QCoreApplication::translate("DotenvParser", "single"))};
        }
        const unsigned char c = reader.next();
        if (c == quote) {
            return;
        }
        if (c == '\r') {
            // Line ends inside a value read as "\n", whatever the file uses (python-dotenv
            // reads with universal newlines).
            if (reader.peek() == '\n') {
                reader.next();
            }
            appendByte(value, '\n');
            continue;
        }
        if (c != '\\' || reader.atEnd()) {
            appendByte(value, c);
            continue;
        }
        const unsigned char e = reader.peek();
        if (quote == '\'') {
            if (e == '\'' || e == '\\') {
                appendByte(value, reader.next());
            } else {
                appendByte(value, c);
            }
            continue;
        }
        unsigned char decoded = 0;
        switch (e) {
        case '\\':
            decoded = '\\';
            break;
        case '\'':
            decoded = '\'';
            break;
        case '"':
            decoded = '"';
            break;
        case 'a':
            decoded = '\a';
            break;
        case 'b':
            decoded = '\b';
            break;
        case 'f':
            decoded = '\f';
            break;
        case 'n':
            decoded = '\n';
            break;
        case 'r':
            decoded = '\r';
            break;
        case 't':
            decoded = '\t';
            break;
        case 'v':
            decoded = '\v';
            break;
        default:
            break;
        }
        if (decoded != 0) {
            reader.next();
            appendByte(value, decoded);
        } else {
            appendByte(value, c); // unknown escapes stay as written
        }
    }
}

// Appends the rest of the line to `value`, less an inline comment and trailing blanks.
void readUnquoted(Reader& reader, SecureBuffer& value)
{
    const std::size_t start = value.size();
    while (!reader.atLineEnd()) {
        appendByte(value, reader.next());
    }
    // An inline comment starts at whitespace followed by '#'; then trailing blanks go.
    const unsigned char* raw = value.data();
    std::size_t end = value.size();
    for (std::size_t i = start + 1; i < value.size(); ++i) {
        if (raw[i] == '#' && (raw[i - 1] == ' ' || raw[i - 1] == '\t')) {
            end = i;
            break;
        }
    }
    while (end > start && (raw[end - 1] == ' ' || raw[end - 1] == '\t')) {
        --end;
    }
    value.truncate(end);
}

QString readKey(Reader& reader)
{
    QByteArray key;
    if (reader.peek() == '\'') {
        reader.next();
        while (!reader.atEnd() && reader.peek() != '\'' && !reader.atLineEnd()) {
            key.append(static_cast<char>(reader.next()));
        }
        if (reader.peek() != '\'') {
            throw ParseError{
                QCoreApplication::translate("DotenvParser", "the quoted name is never closed")};
        }
        reader.next();
    } else {
        while (!reader.atEnd()) {
            const unsigned char c = reader.peek();
            if (c == '=' || c == '#' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                break;
            }
            key.append(static_cast<char>(reader.next()));
        }
    }
    if (key.isEmpty()) {
        throw ParseError{
            QCoreApplication::translate("DotenvParser", "the line has no name before '='")};
    }
    return QString::fromUtf8(key);
}

// Optional comment, then the end of the line.
void finishLine(Reader& reader, const char* after)
{
    reader.skipBlanks();
    if (reader.peek() == '#') {
        while (!reader.atLineEnd()) {
            reader.next();
        }
    }
    if (!reader.atLineEnd()) {
        throw ParseError{QCoreApplication::translate("DotenvParser", "unexpected text after %1")
                             .arg(QString::fromLatin1(after))};
    }
    reader.consumeLineEnd();
}

} // namespace

DotenvParser::Result DotenvParser::parse(const SecureBuffer& content)
{
    Result result;
    result.values.reserve(content.size() + 1); // values are never longer than the file
    result.values.append(nullptr, 0);          // allocated even when there are no values
    std::vector<std::pair<std::size_t, std::size_t>> spans; // (offset, size) per entry
    Reader reader(content);
    for (;;) {
        reader.skipWhitespaceAndNewlines();
        if (reader.atEnd()) {
            break;
        }
        const int line = reader.line();
        if (reader.peek() == '#') {
            reader.skipRestOfLine();
            continue;
        }
        // The value is read straight into the one buffer; a line that fails drops its bytes.
        const std::size_t start = result.values.size();
        try {
            if (reader.consumeWordAndBlank("export")) {
                reader.skipBlanks();
            }
            const QString name = readKey(reader);
            reader.skipBlanks();
            if (reader.peek() != '=') {
                // The text is not quoted back: a malformed line may be a bare token.
                throw ParseError{
                    reader.atLineEnd() || reader.peek() == '#'
                        ? QCoreApplication::translate("DotenvParser",
                                                      "no '=' on the line (expected NAME=value)")
                        : QCoreApplication::translate(
                              "DotenvParser", "expected '=' after the first word (a name cannot "
                                              "contain spaces)")};
            }
            reader.next();
            reader.skipBlanks();
            const unsigned char first = reader.peek();
            if (first == '"' || first == '\'') {
                reader.next();
                const Reader::Mark afterQuote = reader.mark();
                try {
                    readQuoted(reader, first, result.values);
                } catch (const ParseError&) {
                    // Like python-dotenv: skip only this line, not the rest of the file.
                    reader.reset(afterQuote);
                    throw;
                }
                finishLine(reader, "the closing quote");
            } else {
                readUnquoted(reader, result.values);
                reader.consumeLineEnd();
            }
            if (!SecretRef::isValidName(name)) {
                result.values.truncate(start);
                result.problems.append(
                    {line, QCoreApplication::translate(
                               "DotenvParser", "the name before '=' is not a valid variable "
                                               "name ([A-Za-z_][A-Za-z0-9_]*)")});
                continue;
            }
            spans.emplace_back(start, result.values.size() - start);
            result.entries.push_back({line, name, SecretView()});
        } catch (const ParseError& error) {
            result.values.truncate(start);
            result.problems.append({line, error.message});
            reader.skipRestOfLine();
        }
    }
    // Views are made once the buffer no longer grows (appending may move it).
    for (std::size_t e = 0; e < result.entries.size(); ++e) {
        result.entries[e].value =
            SecretView(result.values.data() + spans[e].first, spans[e].second);
    }
    return result;
}

} // namespace scopevault
