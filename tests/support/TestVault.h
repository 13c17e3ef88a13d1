#pragma once

#include "CliRunner.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace scopevault::test {

/// A fresh vault in a temporary folder, created through the real CLI with a cheap KDF
/// (custom:1,8) so that tests spend their time on behaviour, not on Argon2id.
class TestVault final
{
public:
    static constexpr const char* Passphrase = "correct horse battery staple";

    /// Creates the vault unless `create` is false (the folder and passphrase file only).
    explicit TestVault(bool create = true, const QString& kdf = QStringLiteral("custom:1,8"));

    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("vault.svdb")); }
    [[nodiscard]] QString dirPath() const { return m_dir.path(); }
    [[nodiscard]] QString passphraseFile() const
    {
        return m_dir.filePath(QStringLiteral("passphrase"));
    }
    [[nodiscard]] const CliRunner& cli() const { return m_cli; }
    /// Stores a value through `scopevault-cli set`; a failure ends the test run loudly.
    void set(const QString& ref, const QByteArray& value) const;
    /// Writes a file in the folder and returns its path.
    QString writeFile(const QString& name, const QByteArray& content) const;
    /// The vault file and its -wal/-shm, concatenated, for "is X on disk" checks.
    [[nodiscard]] QByteArray diskBytes() const;

private:
    QTemporaryDir m_dir;
    CliRunner m_cli;
};

} // namespace scopevault::test
