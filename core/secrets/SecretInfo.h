#pragma once

#include "secrets/SecretRef.h"

#include <QDateTime>
#include <QString>

namespace scopevault {

/// What may be shown about a secret without revealing it.
struct SecretInfo
{
    SecretRef ref;
    QString description;
    quint64 version = 1;
    QDateTime created;
    QDateTime updated;
    bool hasNotes = false;
};

} // namespace scopevault
