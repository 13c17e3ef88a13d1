#pragma once

#include "crypto/KdfParams.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace scopevault {

/// What `info` reports: only what is readable from the file without the passphrase.
struct VaultInfo
{
    QString location;
    int formatVersion = 0;
    int schemaVersion = 0;
    QByteArray vaultId;
    QDateTime created;
    KdfParams kdf;
    int secretCount = 0;
};

} // namespace scopevault
