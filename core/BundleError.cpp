#include "BundleError.h"

namespace scopevault {

BundleError::BundleError(Reason reason, const QString& message)
    : std::runtime_error(message.toStdString())
    , m_reason(reason)
    , m_message(message)
{}

QString BundleError::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Damaged:
        return QStringLiteral("damaged");
    case Reason::UnsupportedVersion:
        return QStringLiteral("unsupported-version");
    case Reason::UnknownVaultKey:
        return QStringLiteral("unknown-vault-key");
    case Reason::BadSignature:
        return QStringLiteral("bad-signature");
    case Reason::WrongIdentity:
        return QStringLiteral("wrong-identity");
    case Reason::Expired:
        return QStringLiteral("expired");
    case Reason::Selection:
        return QStringLiteral("selection");
    case Reason::Unrepresentable:
        return QStringLiteral("unrepresentable");
    }
    return {};
}

} // namespace scopevault
