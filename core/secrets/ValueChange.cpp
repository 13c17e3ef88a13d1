#include "secrets/ValueChange.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace scopevault {

namespace {

constexpr std::array<std::pair<ValueChange, const char*>, 6> Names{{
    {ValueChange::Created, "created"},
    {ValueChange::Set, "set"},
    {ValueChange::Import, "import"},
    {ValueChange::Rotate, "rotate"},
    {ValueChange::Rollback, "rollback"},
    {ValueChange::Unknown, "unknown"},
}};

} // namespace

QString ValueChanges::name(ValueChange change)
{
    for (const auto& [value, text] : Names) {
        if (value == change) {
            return QString::fromLatin1(text);
        }
    }
    return QStringLiteral("unknown");
}

std::optional<ValueChange> ValueChanges::fromName(const QString& name)
{
    for (const auto& [value, text] : Names) {
        if (name == QLatin1String(text)) {
            return value;
        }
    }
    return std::nullopt;
}

QString ValueChanges::label(ValueChange change)
{
    switch (change) {
    case ValueChange::Created:
        return QCoreApplication::translate("ValueChanges", "created");
    case ValueChange::Set:
        return QCoreApplication::translate("ValueChanges", "set");
    case ValueChange::Import:
        return QCoreApplication::translate("ValueChanges", "imported");
    case ValueChange::Rotate:
        return QCoreApplication::translate("ValueChanges", "rotated");
    case ValueChange::Rollback:
        return QCoreApplication::translate("ValueChanges", "rolled back");
    case ValueChange::Unknown:
        break;
    }
    return QCoreApplication::translate("ValueChanges", "before history");
}

} // namespace scopevault
