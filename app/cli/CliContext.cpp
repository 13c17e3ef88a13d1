#include "CliContext.h"

#include "audit/AuditService.h"

#include "QtKeychainStore.h"
#include "SqliteVaultRepository.h"
#include "Text.h"
#include "keychain/QuickUnlockService.h"
#include "secrets/SecretInput.h"
#include "vault/VaultError.h"
#include "vault/VaultLocation.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace scopevault {

namespace {

int parseFd(const QString& text, const QString& option)
{
    bool ok = false;
    const int fd = text.toInt(&ok);
    if (!ok || fd < 0) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate(
                             "CliContext", "--%1 expects a file descriptor number, got '%2'")
                             .arg(option, text));
    }
    return fd;
}

} // namespace

CliContext::CliContext(QCommandLineParser& parser, int commandWords)
    : m_parser(parser)
    , m_commandWords(commandWords)
{}

CliContext::~CliContext() = default;

QStringList CliContext::arguments() const
{
    return m_parser.positionalArguments().mid(m_commandWords);
}

bool CliContext::isSet(const char* option) const
{
    return m_parser.isSet(QString::fromLatin1(option));
}

QString CliContext::value(const char* option) const
{
    return m_parser.value(QString::fromLatin1(option));
}

QDateTime CliContext::momentValue(const char* option, Moment::DayEdge edge) const
{
    try {
        return Moment::parse(value(option), edge);
    } catch (const VaultError& error) {
        throw VaultError(error.code(), QStringLiteral("--%1 %2").arg(QString::fromLatin1(option),
                                                                     error.message()));
    }
}

QString CliContext::vaultPath() const
{
    if (m_parser.isSet(QStringLiteral("vault"))) {
        return m_parser.value(QStringLiteral("vault"));
    }
    return VaultLocation::defaultPath();
}

VaultService& CliContext::service()
{
    if (!m_service) {
        m_repository = std::make_unique<SqliteVaultRepository>(vaultPath());
        m_keyStore = std::make_unique<QtKeychainStore>(keychainTimeout());
        m_service = std::make_unique<VaultService>(*m_repository, m_clock);
        m_service->setKeyStore(m_keyStore.get());
        if (m_parser.isSet(QStringLiteral("accept-rollback"))) {
            m_service->setRollbackPolicy(VaultService::RollbackPolicy::Accept);
        }
    }
    return *m_service;
}

VaultService& CliContext::unlockedService(const std::function<void(VaultService&)>& meanwhile)
{
    VaultService& vault = service();
    if (!vault.isUnlocked()) {
        // Open first: a missing or damaged file is reported before asking for a passphrase.
        vault.open();
        if (m_parser.isSet(QStringLiteral("keychain"))) {
            // Only when asked: the CLI never tries the keychain on its own.
            QuickUnlockService(vault).unlock();
        } else {
            const SecureBuffer passphrase = readPassphrase(
                QStringLiteral("passphrase-file"), QStringLiteral("passphrase-fd"),
                QCoreApplication::translate("CliContext", "Passphrase for %1: ").arg(vaultPath()),
                false);
            vault.unlock(passphrase, meanwhile ? std::function<void()>([&] { meanwhile(vault); })
                                               : std::function<void()>());
        }
        if (const std::optional<QString> rolledBack = vault.rollbackWarning()) {
            warn(QCoreApplication::translate("CliContext", "%1; accepted (--accept-rollback)")
                     .arg(*rolledBack));
        }
        if (m_parser.isSet(QStringLiteral("expect-checkpoint"))) {
            AuditService(vault).expectCheckpoint(
                m_parser.value(QStringLiteral("expect-checkpoint")));
        }
    }
    return vault;
}

void CliContext::finish()
{
    if (m_service && m_service->isUnlocked()) {
        m_service->lock();
    }
    if (m_service) {
        for (const QString& text : m_service->takeWarnings()) {
            warn(text);
        }
    }
}

std::chrono::milliseconds CliContext::keychainTimeout() const
{
    if (!m_parser.isSet(QStringLiteral("keychain-timeout"))) {
        return QtKeychainStore::DefaultTimeout;
    }
    bool ok = false;
    const double seconds = m_parser.value(QStringLiteral("keychain-timeout")).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 600) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("CliContext",
                                                     "--keychain-timeout takes seconds from 0.1 "
                                                     "to 600, not '%1'")
                             .arg(m_parser.value(QStringLiteral("keychain-timeout"))));
    }
    return std::chrono::milliseconds(static_cast<qint64>(seconds * 1000));
}

SecureBuffer CliContext::readPassphrase(const QString& fileOption, const QString& fdOption,
                                        const QString& prompt, bool confirm)
{
    if (m_parser.isSet(fileOption) && m_parser.isSet(fdOption)) {
        throw VaultError(ErrorCode::Usage, QCoreApplication::translate(
                                               "CliContext", "give either --%1 or --%2, not both")
                                               .arg(fileOption, fdOption));
    }
    SecureBuffer passphrase;
    if (m_parser.isSet(fileOption)) {
        passphrase = SecretInput::readFile(m_parser.value(fileOption));
        SecretInput::stripTrailingNewline(passphrase);
    } else if (m_parser.isSet(fdOption)) {
        const int fd = parseFd(m_parser.value(fdOption), fdOption);
        passphrase = SecretInput::readAll(
            fd, QCoreApplication::translate("CliContext", "file descriptor %1").arg(fd));
        SecretInput::stripTrailingNewline(passphrase);
    } else {
        passphrase = SecretInput::promptTerminal(prompt);
        if (confirm) {
            const SecureBuffer again =
                SecretInput::promptTerminal(QCoreApplication::translate("CliContext", "Repeat: "));
            if (!again.equals(passphrase)) {
                throw VaultError(ErrorCode::Usage, QCoreApplication::translate(
                                                       "CliContext", "the two passphrases differ"));
            }
        }
    }
    return passphrase;
}

bool CliContext::stdinHoldsPassphrase() const
{
    if (!m_parser.isSet(QStringLiteral("passphrase-fd"))) {
        return false;
    }
    bool ok = false;
    return m_parser.value(QStringLiteral("passphrase-fd")).trimmed().toInt(&ok) == STDIN_FILENO &&
           ok;
}

SecureBuffer CliContext::readValue(const QString& what)
{
    if (!SecretInput::isTerminal(STDIN_FILENO)) {
        return SecretInput::readAll(STDIN_FILENO,
                                    QCoreApplication::translate("CliContext", "stdin"));
    }
    SecureBuffer value = SecretInput::promptTerminal(
        QCoreApplication::translate("CliContext", "Value for %1: ").arg(what));
    const SecureBuffer again =
        SecretInput::promptTerminal(QCoreApplication::translate("CliContext", "Repeat: "));
    if (!again.equals(value)) {
        throw VaultError(
            ErrorCode::Usage,
            QCoreApplication::translate("CliContext", "the two values differ; nothing was stored"));
    }
    return value;
}

bool CliContext::confirm(const QString& question)
{
    if (!SecretInput::isTerminal(STDIN_FILENO)) {
        return false;
    }
    std::fprintf(stderr, "%s [y/N] ", question.toLocal8Bit().constData());
    std::fflush(stderr);
    char answer[16] = {};
    if (!std::fgets(answer, sizeof answer, stdin)) {
        return false;
    }
    return answer[0] == 'y' || answer[0] == 'Y';
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    print(QString::fromUtf8(document.toJson(QJsonDocument::Compact)));
}

void CliContext::print(const QString& text)
{
    // Text output may quote what files and imports put in the vault (descriptions, names):
    // never raw control characters. Values go through writeRaw, unchanged.
    const std::string bytes = Text::printable(text.toStdString()) + '\n';
    writeRaw(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

void CliContext::warn(const QString& text)
{
    std::fprintf(stderr, "scopevault-cli: warning: %s\n",
                 Text::printable(text.toStdString()).c_str());
}

void CliContext::note(const QString& text)
{
    std::fprintf(stderr, "%s\n", Text::printable(text.toStdString()).c_str());
}

void CliContext::writeRaw(const unsigned char* data, std::size_t size)
{
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(STDOUT_FILENO, data + done, size - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            throw VaultError(ErrorCode::Other,
                             QCoreApplication::translate("CliContext", "cannot write to stdout"));
        }
        done += static_cast<std::size_t>(n);
    }
}

QCommandLineOption CliContext::jsonOption()
{
    return {QStringLiteral("json"), QCoreApplication::translate("CliContext", "Print JSON.")};
}

QString CliContext::isoTime(const QDateTime& time)
{
    // gmtime_r and the digits written here: QDateTime::toString took 14% of a `list` of
    // 10,000 secrets, and strftime then most of what was left of formatting a row.
    const qint64 seconds = time.isValid() ? time.toSecsSinceEpoch() : 0;
    struct tm parts
    {};
    const auto moment = static_cast<time_t>(seconds);
    if (!time.isValid() || gmtime_r(&moment, &parts) == nullptr || parts.tm_year + 1900 < 1 ||
        parts.tm_year + 1900 > 9999) {
        return time.toUTC().toString(Qt::ISODate);
    }
    char16_t text[20];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10) {
            text[at + i] = static_cast<char16_t>(u'0' + value % 10);
        }
    };
    put(0, parts.tm_year + 1900, 4);
    text[4] = u'-';
    put(5, parts.tm_mon + 1, 2);
    text[7] = u'-';
    put(8, parts.tm_mday, 2);
    text[10] = u'T';
    put(11, parts.tm_hour, 2);
    text[13] = u':';
    put(14, parts.tm_min, 2);
    text[16] = u':';
    put(17, parts.tm_sec, 2);
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar*>(text), 20);
}

} // namespace scopevault
