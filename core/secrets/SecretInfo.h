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
    /// When the value last changed (description and notes edits do not count); for a secret
    /// stored before the vault recorded it, its last update.
    QDateTime valueChanged;
    bool hasNotes = false;
    /// Where the value lives: in the OS keychain instead of the vault file.
    bool inKeychain = false;
};

} // namespace scopevault
