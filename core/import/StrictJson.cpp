#include "import/StrictJson.h"

#include "vault/VaultError.h"

#include <QCoreApplication>

namespace scopevault {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// The code unit of "\uXXXX" at `at` (pointing at the backslash), or -1.
int codeUnitAt(QByteArrayView text, qsizetype at)
{
    if (at + 6 > text.size()) {
        return -1;
    }
    if (text.at(at) != '\\' || text.at(at + 1) != 'u') {
        return -1;
    }
    int value = 0;
    for (qsizetype k = 2; k < 6; ++k) {
        const int digit = hexValue(text.at(at + k));
        if (digit < 0) {
            return -1;
        }
        value = value * 16 + digit;
    }
    return value;
}

} // namespace

QString StrictJson::where(QByteArrayView text, qsizetype offset, const QString& path)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return QStringLiteral("%1:%2:%3").arg(path).arg(line).arg(offset - lineStart + 1);
}

void StrictJson::checkEscapes(QByteArrayView text, const QString& path)
{
    const auto refuse = [&](qsizetype at, const char* message) {
        throw VaultError(ErrorCode::Usage, where(text, at, path) + QStringLiteral(": ") +
                                               QCoreApplication::translate("StrictJson", message));
    };
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
            continue;
        }
        if (c != '\\') {
            continue;
        }
        if (i + 1 >= text.size()) {
            refuse(i, QT_TRANSLATE_NOOP("StrictJson", "the text ends inside an escape"));
        }
        const char kind = text.at(i + 1);
        if (kind != 'u') {
            if (QByteArrayView("\"\\/bfnrt").indexOf(kind) < 0) {
                refuse(i, QT_TRANSLATE_NOOP("StrictJson",
                                            "an escape JSON does not define (only \\\" \\\\ \\/ "
                                            "\\b \\f \\n \\r \\t \\uXXXX)"));
            }
            ++i;
            continue;
        }
        const int unit = codeUnitAt(text, i);
        if (unit < 0) {
            refuse(i, QT_TRANSLATE_NOOP("StrictJson", "\\u needs four hexadecimal digits"));
        }
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
            refuse(i, QT_TRANSLATE_NOOP("StrictJson",
                                        "a low surrogate without a high surrogate before it"));
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const int low = codeUnitAt(text, i + 6);
            if (low < 0xDC00 || low > 0xDFFF) {
                refuse(i, QT_TRANSLATE_NOOP("StrictJson",
                                            "a high surrogate without a low surrogate after it"));
            }
            i += 6;
        }
        i += 5;
    }
}

} // namespace scopevault
