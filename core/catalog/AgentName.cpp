#include "catalog/AgentName.h"

#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace scopevault {

AgentName::AgentName(QString text)
    : m_text(std::move(text))
{}

bool AgentName::isValid(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\A[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\\z"));
    return pattern.match(text).hasMatch();
}

AgentName AgentName::parse(const QString& text)
{
    if (!isValid(text)) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate(
                             "AgentService",
                             "invalid agent name '%1': use [A-Za-z0-9][A-Za-z0-9_.-]* (at most 64 "
                             "characters)")
                             .arg(text));
    }
    return AgentName(text);
}

} // namespace scopevault
