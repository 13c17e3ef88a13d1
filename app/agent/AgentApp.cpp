#include "AgentApp.h"

#include "AgentIdentity.h"
#include "BundleError.h"
#include "BundleOpener.h"
#include "ChildLauncher.h"
#include "Clock.h"
#include "FileDescriptor.h"
#include "KeyFingerprint.h"
#include "ProcessHardening.h"
#include "ReceiptLog.h"
#include "SecretFormatter.h"
#include "VaultError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace scopevault {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AgentApp", text);
}

void printError(const QString& message)
{
    std::fprintf(stderr, "scopevault-agent: error: %s\n", message.toLocal8Bit().constData());
}

void printLine(const QString& text)
{
    std::fprintf(stdout, "%s\n", text.toLocal8Bit().constData());
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

const QString Usage = QStringLiteral(
    "Usage: scopevault-agent COMMAND [options]\n\n"
    "Commands:\n"
    "  keygen --out IDENTITY                     create an X25519 identity (0600); print its "
    "public key\n"
    "  inspect BUNDLE [--json]                   show a bundle's header (no key needed)\n"
    "  exec --bundle B --identity K --vault-key PK [--action PACK/ACTION] [--stdin-json]\n"
    "       [--receipts FILE] -- CMD [ARGS...]   run CMD with the bundle's secrets\n"
    "  env --bundle B --identity K --vault-key PK --format dotenv|json|shell\n"
    "       [--action PACK/ACTION] [--receipts FILE]  print the secrets for tools that need "
    "a file\n\n"
    "--vault-key takes the base64 key 'scopevault-cli vault-key' prints, or a file holding "
    "it.\n"
    "Exit codes: 0 ok (exec: the command's own code), 1 error, 2 usage, 4 file not found,\n"
    "6 identity file readable by others, 10 damaged or truncated bundle, 11 unsupported "
    "version,\n"
    "12 unknown vault key, 13 bad signature, 14 wrong identity, 15 expired, 16 action not in "
    "bundle\n"
    "or conflicting names, 17 value not representable; exec: 126/127 command not "
    "executable/found.\n");

struct Opened
{
    OpenedBundle bundle;
    std::vector<const BundleSecret*> selected;
    QStringList actions;
};

QByteArray readBundle(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw VaultError(file.exists() ? ErrorCode::Other : ErrorCode::NotFound,
                         tr("cannot read bundle %1: %2").arg(path, file.errorString()));
    }
    return file.read(BundleHeader::FixedBytes + 255 + BundleHeader::MaxCiphertextBytes +
                     BundleHeader::SignatureBytes + 1);
}

QByteArray vaultKeyFrom(const QString& value)
{
    if (QFileInfo(value).isFile()) {
        QFile file(value);
        if (!file.open(QIODevice::ReadOnly)) {
            throw VaultError(ErrorCode::Other,
                             tr("cannot read vault key %1: %2").arg(value, file.errorString()));
        }
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (!line.isEmpty() && !line.startsWith('#')) {
                return BundleOpener::parseVaultKey(QString::fromLatin1(line));
            }
        }
        throw VaultError(ErrorCode::Usage, tr("%1 holds no vault key").arg(value));
    }
    return BundleOpener::parseVaultKey(value);
}

QCommandLineOption option(const char* name, const QString& description,
                          const QString& valueName = QString())
{
    return {QString::fromLatin1(name), description, valueName};
}

void requireOptions(const QCommandLineParser& parser, const QStringList& names)
{
    QStringList missing;
    for (const QString& name : names) {
        if (!parser.isSet(name)) {
            missing << QStringLiteral("--") + name;
        }
    }
    if (!missing.isEmpty()) {
        throw VaultError(
            ErrorCode::Usage,
            tr("missing %1 (see scopevault-agent --help)").arg(missing.join(QStringLiteral(", "))));
    }
}

Opened openBundle(const QCommandLineParser& parser, const Clock& clock)
{
    requireOptions(parser, {QStringLiteral("bundle"), QStringLiteral("identity"),
                            QStringLiteral("vault-key")});
    const QString path = parser.value(QStringLiteral("bundle"));
    const QByteArray file = readBundle(path);
    const AgentIdentity identity = AgentIdentity::load(parser.value(QStringLiteral("identity")));
    const QByteArray vaultKey = vaultKeyFrom(parser.value(QStringLiteral("vault-key")));
    Opened opened{BundleOpener(clock).open(file, path, identity, vaultKey), {}, {}};
    std::optional<QString> action;
    if (parser.isSet(QStringLiteral("action"))) {
        action = parser.value(QStringLiteral("action"));
        opened.actions << *action;
    } else {
        opened.actions = opened.bundle.payload.actions;
    }
    opened.selected = opened.bundle.payload.select(action);
    return opened;
}

Receipt receiptFor(const Opened& opened, const Clock& clock)
{
    Receipt receipt = Receipt::create(clock.nowUtc());
    receipt.bundle = opened.bundle.header.idText();
    receipt.agent = opened.bundle.header.agent;
    receipt.actions = opened.actions;
    for (const BundleSecret* secret : opened.selected) {
        receipt.secrets << secret->name;
    }
    return receipt;
}

ReceiptLog receiptLog(const QCommandLineParser& parser)
{
    return ReceiptLog(parser.isSet(QStringLiteral("receipts"))
                          ? parser.value(QStringLiteral("receipts"))
                          : ReceiptLog::defaultPath());
}

QList<QCommandLineOption> openOptions()
{
    return {
        option("bundle", tr("Bundle file."), tr("file")),
        option("identity", tr("Identity file from keygen."), tr("file")),
        option("vault-key", tr("The vault's public key (base64) or a file holding it."), tr("key")),
        option("action", tr("Only this action's secrets."), tr("pack/action")),
        option("receipts",
               tr("Receipt log (default: $XDG_DATA_HOME/scopevault-agent/receipts.jsonl)."),
               tr("file"))};
}

} // namespace

AgentApp::AgentApp(QStringList arguments, const Clock& clock)
    : m_arguments(std::move(arguments))
    , m_clock(clock)
{}

int AgentApp::run()
{
    try {
        return dispatch();
    } catch (const BundleError& error) {
        printError(error.message());
        return error.exitCode();
    } catch (const VaultError& error) {
        printError(error.message());
        return static_cast<int>(error.code());
    }
}

int AgentApp::dispatch()
{
    const QString command = m_arguments.value(1);
    if (command.isEmpty() || command == QLatin1String("help") ||
        command == QLatin1String("--help") || command == QLatin1String("-h")) {
        std::fputs(Usage.toLocal8Bit().constData(), command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? 2 : 0;
    }
    if (command == QLatin1String("--version")) {
        printLine(QStringLiteral("scopevault-agent ") + QCoreApplication::applicationVersion());
        return 0;
    }
    if (command == QLatin1String("keygen")) {
        return keygen();
    }
    if (command == QLatin1String("inspect")) {
        return inspect();
    }
    if (command == QLatin1String("exec")) {
        return exec();
    }
    if (command == QLatin1String("env")) {
        return env();
    }
    throw VaultError(
        ErrorCode::Usage,
        tr("unknown command '%1' (commands: keygen, inspect, exec, env)").arg(command));
}

namespace {

void parseOrThrow(QCommandLineParser& parser, const QStringList& arguments)
{
    QStringList withoutCommand = arguments;
    withoutCommand.removeAt(1);
    if (!parser.parse(withoutCommand)) {
        throw VaultError(ErrorCode::Usage, parser.errorText());
    }
}

} // namespace

int AgentApp::keygen()
{
    QCommandLineParser parser;
    parser.addOption(option("out", tr("Identity file to create."), tr("file")));
    parseOrThrow(parser, m_arguments);
    requireOptions(parser, {QStringLiteral("out")});
    if (!parser.positionalArguments().isEmpty()) {
        throw VaultError(ErrorCode::Usage, tr("keygen takes no arguments besides --out"));
    }
    const AgentIdentity identity = AgentIdentity::generate();
    const QString path = parser.value(QStringLiteral("out"));
    identity.save(path);
    printLine(identity.publicKeyBase64());
    std::fprintf(stderr, "%s\n",
                 tr("Identity written to %1 (key fingerprint %2). Register it with:\n"
                    "  scopevault-cli agent add NAME --public-key %3")
                     .arg(path, identity.fingerprint(), identity.publicKeyBase64())
                     .toLocal8Bit()
                     .constData());
    return 0;
}

int AgentApp::inspect()
{
    QCommandLineParser parser;
    parser.addOption(option("json", tr("Print JSON.")));
    parseOrThrow(parser, m_arguments);
    if (parser.positionalArguments().size() != 1) {
        throw VaultError(ErrorCode::Usage, tr("inspect takes one bundle file"));
    }
    const QString path = parser.positionalArguments().constFirst();
    const BundleHeader header = BundleOpener::inspect(readBundle(path), path);
    const bool expired = m_clock.nowUtc().toMSecsSinceEpoch() > header.expiresMs;
    const QJsonObject fields{
        {QStringLiteral("format"), int(header.version)},
        {QStringLiteral("bundle"), header.idText()},
        {QStringLiteral("agent"), header.agent},
        {QStringLiteral("agentKey"), KeyFingerprint::format(header.agentKeyFingerprint)},
        {QStringLiteral("vaultKey"), KeyFingerprint::format(header.vaultKeyFingerprint)},
        {QStringLiteral("created"), iso(header.createdMs)},
        {QStringLiteral("expires"), iso(header.expiresMs)},
        {QStringLiteral("status"), expired ? QStringLiteral("expired") : QStringLiteral("active")},
        {QStringLiteral("payloadBytes"), qint64(header.ciphertextBytes)}};
    if (parser.isSet(QStringLiteral("json"))) {
        std::fputs(QJsonDocument(fields).toJson(QJsonDocument::Compact).append('\n').constData(),
                   stdout);
        return 0;
    }
    printLine(tr("Bundle      %1 (format %2)").arg(header.idText()).arg(header.version));
    printLine(tr("Agent       %1 (key %2)")
                  .arg(header.agent, KeyFingerprint::format(header.agentKeyFingerprint)));
    printLine(tr("Vault key   %1").arg(KeyFingerprint::format(header.vaultKeyFingerprint)));
    printLine(tr("Created     %1").arg(iso(header.createdMs)));
    printLine(
        tr("Expires     %1%2").arg(iso(header.expiresMs), expired ? tr("  (expired)") : QString()));
    printLine(tr("Payload     %1 bytes, encrypted (not verified: inspect uses no key)")
                  .arg(header.ciphertextBytes));
    return 0;
}

int AgentApp::exec()
{
    QCommandLineParser parser;
    parser.addOptions(openOptions());
    parser.addOption(
        option("stdin-json", tr("Write the secrets as one JSON line to the command's stdin instead "
                                "of its environment.")));
    parseOrThrow(parser, m_arguments);
    const QStringList command = parser.positionalArguments();
    if (command.isEmpty()) {
        throw VaultError(ErrorCode::Usage, tr("exec needs a command after --"));
    }
    const bool stdinJson = parser.isSet(QStringLiteral("stdin-json"));
    SecureBuffer variables;
    SecureBuffer stdinLine;
    Receipt receipt;
    {
        Opened opened = openBundle(parser, m_clock);
        if (stdinJson) {
            stdinLine = SecretFormatter::format(opened.selected, SecretFormatter::Format::Json);
        } else {
            for (const BundleSecret* secret : opened.selected) {
                SecretFormatter::checkEnvironmentValue(*secret);
                const QByteArray name = secret->name.toUtf8() + '=';
                variables.append(reinterpret_cast<const unsigned char*>(name.constData()),
                                 static_cast<std::size_t>(name.size()));
                const QByteArrayView value = secret->bytes();
                variables.append(reinterpret_cast<const unsigned char*>(value.data()),
                                 static_cast<std::size_t>(value.size()));
                const unsigned char nul = 0;
                variables.append(&nul, 1);
            }
        }
        receipt = receiptFor(opened, m_clock);
    } // the decrypted payload is wiped here
    receipt.command = QFileInfo(command.constFirst()).fileName();
    receipt.delivery = stdinJson ? QStringLiteral("stdin-json") : QStringLiteral("env");
    receipt.outcome = QStringLiteral("released");
    const ReceiptLog log = receiptLog(parser);
    log.append(receipt); // fail closed: no receipt, no release

    ChildLauncher child(command, std::move(variables), std::move(stdinLine));
    const int startError = child.start();
    (void)ProcessHardening::setDumpable(true); // nothing secret is left in this process
    Receipt finished = receipt;
    finished.id = Receipt::create(m_clock.nowUtc()).id;
    finished.time = m_clock.nowUtc();
    int code = 0;
    if (startError != 0) {
        printError(
            tr("cannot run %1: %2")
                .arg(command.constFirst(), QString::fromLocal8Bit(std::strerror(startError))));
        finished.outcome = QStringLiteral("not started");
        code = startError == ENOENT ? 127 : 126;
    } else {
        code = child.wait();
        finished.outcome = child.outcome();
    }
    try {
        log.append(finished);
    } catch (const VaultError& error) {
        printError(error.message()); // the command ran; its exit code still stands
    }
    return code;
}

int AgentApp::env()
{
    QCommandLineParser parser;
    parser.addOptions(openOptions());
    parser.addOption(option("format", tr("dotenv, json or shell."), tr("format")));
    parseOrThrow(parser, m_arguments);
    requireOptions(parser, {QStringLiteral("format")});
    if (!parser.positionalArguments().isEmpty()) {
        throw VaultError(ErrorCode::Usage, tr("env takes no arguments"));
    }
    const QString formatName = parser.value(QStringLiteral("format"));
    const SecretFormatter::Format format = SecretFormatter::parseFormat(formatName);
    SecureBuffer text;
    Receipt receipt;
    {
        Opened opened = openBundle(parser, m_clock);
        text = SecretFormatter::format(opened.selected, format);
        receipt = receiptFor(opened, m_clock);
    }
    receipt.command = QStringLiteral("-");
    receipt.delivery = formatName;
    receipt.outcome = QStringLiteral("released");
    receiptLog(parser).append(receipt);
    std::fflush(stdout);
    if (!FileDescriptor::writeAll(STDOUT_FILENO, text.data(), text.size())) {
        throw VaultError(
            ErrorCode::Other,
            tr("cannot write to stdout: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    return 0;
}

} // namespace scopevault
