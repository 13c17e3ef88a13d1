#pragma once

#include "ErrorCode.h"

#include <QString>
#include <QStringList>

#include <stdexcept>

namespace scopevault {

/// A failure that names what failed (file, reference, field) and never carries a secret.
/// The message is the core's (translated, naming no command-line option or button); what
/// the user can do about it is a Remedy that each front end words its own way (the CLI names
/// its option, the GUI its control).
class VaultError final : public std::runtime_error
{
public:
    enum class Remedy
    {
        None,
        ForceDeletesDependents, // the same call with force deletes the dependents with it
        ForceReplacesFile,      // the same call with overwrite replaces the existing file
        OverwriteValue,         // importing again with overwrite replaces the different value
        NameActions,            // the caller can name the actions to export
        NamePack,               // the caller can name the pack, or rename the folder
        RenameFolder,           // the folder's name is not a valid pack or action name
        OpenExistingVault,      // a vault is already there: open it, or create one elsewhere
        CreateVault,            // there is no vault at the path yet
        AcceptRollback,         // the file is older than the keychain's anchor: accept it
    };

    VaultError(ErrorCode code, const QString& message, Remedy remedy = Remedy::None,
               QStringList details = {});

    [[nodiscard]] ErrorCode code() const { return m_code; }
    [[nodiscard]] Remedy remedy() const { return m_remedy; }
    /// What the message lists, one item each, for a front end that shows them its own way
    /// (e.g. the secrets and grants that keep a pack from being deleted).
    [[nodiscard]] const QStringList& details() const { return m_details; }
    /// "not-found", "integrity", ...: for audit details and JSON output.
    [[nodiscard]] static QString codeName(ErrorCode code);
    [[nodiscard]] QString message() const { return m_message; }

private:
    ErrorCode m_code;
    QString m_message;
    Remedy m_remedy;
    QStringList m_details;
};

} // namespace scopevault
