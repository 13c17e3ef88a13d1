#include "secrets/SecretRef.h"

#include "vault/VaultError.h"

#include <QCoreApplication>

#include <algorithm>

namespace scopevault {

bool SecretRef::isValidName(const QString& name)
{
    // [A-Za-z_][A-Za-z0-9_]{0,254}, checked by hand: every secret's name is checked each
    // time its record is opened, and a regular expression match cost more than the decryption.
    const auto word = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || u == u'_' ||
               (u >= u'0' && u <= u'9');
    };
    if (name.isEmpty() || name.size() > 255 || name.front().isDigit() || !word(name.front())) {
        return false;
    }
    return std::all_of(name.cbegin(), name.cend(), word);
}

SecretRef::SecretRef(const Scope& scope, const QString& name)
    : m_scope(scope)
    , m_name(name)
{
    if (!isValidName(name)) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate(
                             "SecretRef",
                             "invalid reference '%1:%2': NAME must be an environment-variable "
                             "name, [A-Za-z_][A-Za-z0-9_]* (at most 255 characters)")
                             .arg(scope.toString(), name));
    }
}

SecretRef SecretRef::parse(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate(
                             "SecretRef", "invalid reference '%1': expected SCOPE:NAME, e.g. "
                                          "system:OPENAI_API_KEY or payments/charge:STRIPE_API_KEY")
                             .arg(text));
    }
    const QString scopeText = text.left(colon);
    const QString name = text.mid(colon + 1);
    Scope scope = Scope::system();
    try {
        scope = Scope::parse(scopeText);
    } catch (const VaultError& error) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("SecretRef", "invalid reference '%1': %2")
                             .arg(text, error.message()));
    }
    return SecretRef(scope, name);
}

QString SecretRef::toString() const
{
    return m_scope.toString() + QLatin1Char(':') + m_name;
}

} // namespace scopevault
