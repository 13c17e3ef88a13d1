#pragma once

#include <QByteArrayView>
#include <QString>

namespace scopevault {

/// What QJsonDocument forgives and an import must not: it reads "\q" as "q" and an unpaired
/// surrogate ("\ud800") as "?", so a value would be stored changed without a word. This
/// check walks the string literals of a JSON text first and refuses such escapes; it also
/// turns a byte offset into the line and column people look for. Hand-written: Qt's parser
/// has no strict mode and no other JSON library is in the stack.
class StrictJson final
{
public:
    /// Throws VaultError(Usage) "PATH:LINE:COLUMN: ..." for an escape JSON does not define or
    /// a \u escape that is half of a surrogate pair. Assumes nothing else about the text.
    static void checkEscapes(QByteArrayView text, const QString& path);
    /// "PATH:LINE:COLUMN" of a byte offset (1-based line and column, columns in bytes).
    [[nodiscard]] static QString where(QByteArrayView text, qsizetype offset, const QString& path);
};

} // namespace scopevault
