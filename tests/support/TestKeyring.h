#pragma once

#include <QStringList>

namespace scopevault::test {

/// The private gnome-keyring of tests/support/with-keyring.sh, as the keychain tests see it.
class TestKeyring final
{
public:
    /// Whether the test runs inside with-keyring.sh (which names the daemon's pid).
    [[nodiscard]] static bool available();
    /// The account names of every entry the keyring holds for the service "scopevault", as
    /// `secret-tool search` shows them.
    [[nodiscard]] static QStringList entryNames();
    /// Deletes one entry, as a user with secret-tool would.
    static void removeEntry(const QString& name);
    /// Stops (SIGSTOP) or resumes the daemon: a keyring that never answers.
    static void freeze(bool frozen);
};

} // namespace scopevault::test
