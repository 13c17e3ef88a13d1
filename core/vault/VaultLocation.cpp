#include "vault/VaultLocation.h"

#include <QDir>

namespace scopevault {

QString VaultLocation::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("SCOPEVAULT_VAULT");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    if (dataHome.isEmpty()) {
        dataHome = QDir::homePath() + QStringLiteral("/.local/share");
    }
    return dataHome + QStringLiteral("/scopevault/vault.svdb");
}

} // namespace scopevault
