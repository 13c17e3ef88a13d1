#include "catalog/Agent.h"

#include "catalog/AgentName.h"

#include "KeyFingerprint.h"

#include <QRegularExpression>

namespace scopevault {

QString Agent::statusName(Status status)
{
    switch (status) {
    case Status::Active:
        return QStringLiteral("active");
    case Status::Suspended:
        return QStringLiteral("suspended");
    case Status::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

bool Agent::canChange(Status from, Status to)
{
    return from != Status::Revoked && from != to;
}

bool Agent::parseStatus(const QString& text, Status& status)
{
    for (Status each : {Status::Active, Status::Suspended, Status::Revoked}) {
        if (statusName(each) == text) {
            status = each;
            return true;
        }
    }
    return false;
}

bool Agent::isValidName(const QString& name)
{
    return AgentName::isValid(name);
}

QString Agent::fingerprint() const
{
    return QString::fromStdString(KeyFingerprint::text(publicKey.toStdString()));
}

} // namespace scopevault
