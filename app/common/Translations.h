#pragma once

#include <QString>

class QCoreApplication;

namespace scopevault {

/// Loads the application's translation (built from translations/*.ts into the resources) and
/// Qt's own, for a language code or, when empty, the system locale.
class Translations final
{
public:
    /// Returns the language installed ("de"), or "en" when the source texts are used.
    static QString install(QCoreApplication& app, const QString& language);
};

} // namespace scopevault
