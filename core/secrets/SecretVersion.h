#pragma once

#include "secrets/ValueChange.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace scopevault {

/// One entry of a secret's history as it may be shown: never the value.
struct SecretVersion
{
    quint64 version = 1;
    QDateTime changed;
    QString actor; // "admin:alice"; empty when not known
    ValueChange how = ValueChange::Unknown;
    std::optional<quint64> restoredFrom; // for a rollback: the version whose value it holds
    bool current = false;
    /// False once retention dropped the value (the entry itself stays).
    bool valueKept = true;
};

} // namespace scopevault
