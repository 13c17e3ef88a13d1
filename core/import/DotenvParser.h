#pragma once

#include "SecretView.h"
#include "SecureBuffer.h"

#include <QList>
#include <QString>

#include <vector>

namespace scopevault {

/// Parses .env text with the grammar python-dotenv implements: `export ` prefix, single
/// quotes (only \\ and \' are escapes), double quotes with escapes (\n \t \" \\ ...),
/// multi-line quoted values, `#` comments (inline only after whitespace and never inside
/// quotes), a UTF-8 BOM, CRLF line ends and empty values. Values go straight into secure
/// memory; nothing touches the process environment.
class DotenvParser final
{
public:
    struct Entry
    {
        int line = 0;
        QString name;
        SecretView value; // into Result::values
    };
    struct Problem
    {
        int line = 0;
        QString message; // quotes nothing from the file: a bad line may be a bare secret
    };
    struct Result
    {
        std::vector<Entry> entries; // in file order; a repeated name keeps both, last wins
        QList<Problem> problems;    // malformed lines, skipped
        SecureBuffer values;        // every value, one after the other: one guarded allocation
    };

    [[nodiscard]] static Result parse(const SecureBuffer& content);
};

} // namespace scopevault
