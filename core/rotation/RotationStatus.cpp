#include "rotation/RotationStatus.h"

#include <QCoreApplication>

namespace scopevault {

QString RotationStatuses::name(RotationStatus status)
{
    switch (status) {
    case RotationStatus::Ok:
        return QStringLiteral("ok");
    case RotationStatus::Due:
        return QStringLiteral("due");
    case RotationStatus::Overdue:
        return QStringLiteral("overdue");
    case RotationStatus::Expired:
        return QStringLiteral("expired");
    }
    return QString();
}

std::optional<RotationStatus> RotationStatuses::fromName(const QString& name)
{
    for (const RotationStatus status : {RotationStatus::Ok, RotationStatus::Due,
                                        RotationStatus::Overdue, RotationStatus::Expired}) {
        if (RotationStatuses::name(status) == name) {
            return status;
        }
    }
    return std::nullopt;
}

QString RotationStatuses::label(RotationStatus status)
{
    switch (status) {
    case RotationStatus::Ok:
        return QCoreApplication::translate("RotationStatuses", "OK");
    case RotationStatus::Due:
        return QCoreApplication::translate("RotationStatuses", "Due soon");
    case RotationStatus::Overdue:
        return QCoreApplication::translate("RotationStatuses", "Overdue");
    case RotationStatus::Expired:
        return QCoreApplication::translate("RotationStatuses", "Expired");
    }
    return QString();
}

} // namespace scopevault
