#include "CliHints.h"

#include <QCoreApplication>

namespace scopevault {

QString CliHints::advice(VaultError::Remedy remedy)
{
    switch (remedy) {
    case VaultError::Remedy::None:
        return QString();
    case VaultError::Remedy::ForceDeletesDependents:
        return QCoreApplication::translate(
            "CliHints", "remove those first, or use --force to delete them with it");
    case VaultError::Remedy::ForceReplacesFile:
        return QCoreApplication::translate("CliHints", "choose another file or pass --force");
    case VaultError::Remedy::OverwriteValue:
        return QCoreApplication::translate("CliHints", "use --overwrite");
    case VaultError::Remedy::NameActions:
        return QCoreApplication::translate("CliHints",
                                           "grant one, or name the actions with --action");
    case VaultError::Remedy::NamePack:
        return QCoreApplication::translate("CliHints", "rename the folder or give --pack");
    case VaultError::Remedy::RenameFolder:
        return QCoreApplication::translate("CliHints", "rename the folder");
    case VaultError::Remedy::CreateVault:
        return QCoreApplication::translate("CliHints", "create one with 'scopevault-cli init'");
    case VaultError::Remedy::OpenExistingVault:
        return QCoreApplication::translate("CliHints", "use it, or name another file with --vault");
    case VaultError::Remedy::AcceptRollback:
        return QCoreApplication::translate(
            "CliHints", "if you restored it on purpose, open it once with --accept-rollback");
    }
    return QString();
}

QString CliHints::describe(const VaultError& error)
{
    const QString hint = advice(error.remedy());
    if (hint.isEmpty()) {
        return error.message();
    }
    return error.message() +
           (error.message().contains(QLatin1Char('\n')) ? QStringLiteral("\n")
                                                        : QStringLiteral("; ")) +
           hint;
}

} // namespace scopevault
