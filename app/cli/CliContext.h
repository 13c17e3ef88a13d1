#pragma once

#include "SecureBuffer.h"
#include "text/Moment.h"
#include "vault/SystemClock.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

namespace scopevault {

class VaultRepository;
class KeyStore;
class VaultService;

/// What every command handler needs: parsed arguments, the vault, passphrases, output.
class CliContext final
{
public:
    CliContext(QCommandLineParser& parser, int commandWords);
    ~CliContext();
    CliContext(const CliContext&) = delete;
    CliContext& operator=(const CliContext&) = delete;

    [[nodiscard]] QCommandLineParser& parser() { return m_parser; }
    /// The command's own positional arguments (the command's words removed).
    [[nodiscard]] QStringList arguments() const;
    [[nodiscard]] QString vaultPath() const;
    /// Whether a command option was given, and its value.
    [[nodiscard]] bool isSet(const char* option) const;
    [[nodiscard]] QString value(const char* option) const;
    /// The option's date or date-time (Moment); a refusal names the option.
    [[nodiscard]] QDateTime momentValue(const char* option, Moment::DayEdge edge) const;

    /// The vault service for the selected file, not yet unlocked.
    [[nodiscard]] VaultService& service();
    /// The vault service, unlocked with the passphrase from --passphrase-file/-fd or a prompt.
    /// `meanwhile` runs while the KDF does (VaultService::unlock): a command that lists every
    /// secret passes SecretService::prepareListing.
    [[nodiscard]] VaultService&
    unlockedService(const std::function<void(VaultService&)>& meanwhile = {});
    /// Locks the vault if a command unlocked it; throws VaultError when the lock event or its
    /// checkpoint cannot be written.
    void finish();
    /// --keychain-timeout, or QtKeychainStore's 3 s.
    [[nodiscard]] std::chrono::milliseconds keychainTimeout() const;
    /// Asks a yes/no question on the terminal; false when there is no terminal.
    [[nodiscard]] bool confirm(const QString& question);
    /// Prints JSON (compact) on stdout.
    void printJson(const QJsonValue& value);

    /// Reads a passphrase from the file or fd named by the given options, else prompts on
    /// the terminal (twice when `confirm`). Trailing newline of a file or fd is dropped.
    [[nodiscard]] SecureBuffer readPassphrase(const QString& fileOption, const QString& fdOption,
                                              const QString& prompt, bool confirm);
    /// Whether --passphrase-fd names stdin, so that stdin cannot also carry a value.
    [[nodiscard]] bool stdinHoldsPassphrase() const;
    /// Reads a value: all of stdin exactly, or, on a terminal, prompted twice.
    [[nodiscard]] SecureBuffer readValue(const QString& what);

    /// The `--json` option, the same on every command that has it.
    [[nodiscard]] static QCommandLineOption jsonOption();
    /// A time as printed in JSON and tables: ISO 8601 in UTC.
    [[nodiscard]] static QString isoTime(const QDateTime& time);

    void print(const QString& text);
    void warn(const QString& text);
    /// A status line on stderr (stdout carries data, e.g. a generated value).
    void note(const QString& text);
    /// Writes raw bytes to stdout (values: no conversion, no added newline).
    void writeRaw(const unsigned char* data, std::size_t size);

private:
    QCommandLineParser& m_parser;
    int m_commandWords;
    SystemClock m_clock;
    std::unique_ptr<VaultRepository> m_repository;
    std::unique_ptr<KeyStore> m_keyStore;
    std::unique_ptr<VaultService> m_service;
};

} // namespace scopevault
