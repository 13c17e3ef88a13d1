#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace scopevault::test {

/// What one run of a binary produced.
struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

/// Runs the real scopevault-cli (path from $SCOPEVAULT_CLI) with a vault and passphrase file.
class CliRunner final
{
public:
    CliRunner(const QString& vaultPath, const QString& passphraseFile);

    /// Runs the binary; `environment` entries are added to (or, empty, removed from) its
    /// environment. SCOPEVAULT_VAULT is never inherited from the test's own.
    [[nodiscard]] CliResult run(const QStringList& arguments, const QByteArray& input = {},
                                const QProcessEnvironment& environment = {}) const;
    /// Runs with --vault and --passphrase-file prepended.
    [[nodiscard]] CliResult vault(const QStringList& arguments, const QByteArray& input = {}) const;

    [[nodiscard]] static QString binary();
    [[nodiscard]] const QString& vaultPath() const { return m_vaultPath; }

private:
    QString m_vaultPath;
    QString m_passphraseFile;
};

} // namespace scopevault::test
