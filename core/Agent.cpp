#include "Agent.h"

#include <QRegularExpression>

#include <sodium.h>

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
    static const QRegularExpression pattern(
        QStringLiteral("\\A[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\\z"));
    return pattern.match(name).hasMatch();
}

QString Agent::fingerprint() const
{
    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash,
                       reinterpret_cast<const unsigned char*>(publicKey.constData()),
                       static_cast<unsigned long long>(publicKey.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), 16).toHex(':'));
}

} // namespace scopevault
