#include "shell/ErrorText.h"

namespace scopevault {

QString ErrorText::advice(VaultError::Remedy remedy)
{
    switch (remedy) {
    case VaultError::Remedy::None:
        return QString();
    case VaultError::Remedy::ForceDeletesDependents:
        return tr("Delete or move those first.");
    case VaultError::Remedy::ForceReplacesFile:
        return tr("Choose another file name.");
    case VaultError::Remedy::OverwriteValue:
        return tr("Tick “Overwrite existing secrets whose value differs” to replace it.");
    case VaultError::Remedy::NameActions:
        return tr("Grant the agent an action first.");
    case VaultError::Remedy::NamePack:
        return tr("Rename the folder, or enter the pack name.");
    case VaultError::Remedy::RenameFolder:
        return tr("Rename the folder.");
    case VaultError::Remedy::CreateVault:
        return tr("Create a vault from the start page, or open another file.");
    case VaultError::Remedy::OpenExistingVault:
        return tr("Open it instead, or choose another file.");
    case VaultError::Remedy::AcceptRollback:
        return tr("If you restored it from a backup on purpose, keep it open to accept it.");
    }
    return QString();
}

QString ErrorText::describe(const VaultError& error)
{
    // Core messages are written to follow "error: "; in a window they start a sentence.
    QString message = error.message();
    if (!message.isEmpty()) {
        message[0] = message.at(0).toUpper();
    }
    const QString hint = advice(error.remedy());
    return hint.isEmpty() ? message : message + QLatin1Char('\n') + hint;
}

} // namespace scopevault
