#include "AgentApp.h"

#include "AgentCommandTable.h"
#include "AgentError.h"
#include "AgentIdentity.h"
#include "AgentOptions.h"
#include "BundleError.h"
#include "BundleOpener.h"
#include "ChildLauncher.h"
#include "FileDescriptor.h"
#include "KeyFingerprint.h"
#include "ProcessHardening.h"
#include "ReceiptLog.h"
#include "SecretFormatter.h"
#include "Text.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace scopevault {

namespace {

void printError(const std::string& message)
{
    std::fprintf(stderr, "scopevault-agent: error: %s\n", Text::printable(message).c_str());
}

void printLine(const std::string& text)
{
    std::fprintf(stdout, "%s\n", Text::printable(text).c_str());
}

const char* const Usage =
    "Usage: scopevault-agent keygen --out IDENTITY\n"
    "  or:  scopevault-agent inspect BUNDLE [--json]\n"
    "  or:  scopevault-agent exec --bundle B --identity K --vault-key PK [--action PACK/ACTION] "
    "[--stdin-json] [--receipts FILE] -- CMD [ARGS...]\n"
    "  or:  scopevault-agent env --bundle B --identity K --vault-key PK --format "
    "dotenv|json|shell [--action PACK/ACTION] [--receipts FILE]\n"
    "  or:  scopevault-agent completion bash|zsh\n\n"
    "Opens the sealed bundle a Scopevault vault exported for this agent, checks it, and runs "
    "a command with its secrets or prints them.\n\n"
    "Commands:\n"
    "  keygen    Create an X25519 identity (0600) and print its public key.\n"
    "  inspect   Show a bundle's header (no key needed; nothing in it is verified).\n"
    "  exec      Run CMD with the bundle's secrets in its environment.\n"
    "  env       Print the secrets for tools that need them as text: dotenv for programs "
    "that read a .env file, shell for eval in a shell, json for programs that parse JSON.\n"
    "  completion  Print the completion script for bash or zsh.\n\n"
    "Options:\n"
    "  --bundle B              The bundle file.\n"
    "  --identity K            The agent's identity file, from keygen (0600).\n"
    "  --vault-key PK          The base64 key 'scopevault-cli vault-key' prints, or a file "
    "holding it.\n"
    "  --action PACK/ACTION    Only the secrets of this action.\n"
    "  --stdin-json            exec: give the secrets to CMD as one JSON object on its stdin "
    "instead of its environment.\n"
    "  --receipts FILE         Where receipts are appended (default "
    "$XDG_DATA_HOME/scopevault-agent/receipts.jsonl).\n"
    "  --format FORMAT         env: dotenv, json or shell.\n"
    "  --json                  inspect: print JSON.\n"
    "  --out IDENTITY          keygen: the new identity file.\n"
    "  -h, --help              Print this help.\n"
    "  -V, --version           Print the version.\n\n"
    "Exit codes:\n"
    "  0      ok (exec: the command's own exit code)\n"
    "  1      error\n"
    "  2      usage\n"
    "  4      file not found\n"
    "  6      identity file readable by others\n"
    "  10     damaged or truncated bundle\n"
    "  11     unsupported bundle version\n"
    "  12     unknown vault key\n"
    "  13     bad signature\n"
    "  14     wrong identity\n"
    "  15     expired\n"
    "  16     action not in the bundle, or conflicting names\n"
    "  17     value not representable in the chosen format\n"
    "  126    exec: command not executable\n"
    "  127    exec: command not found\n";

struct Opened
{
    OpenedBundle bundle;
    std::vector<const BundleSecret*> selected;
    std::vector<std::string> actions;
};

std::string errnoText()
{
    return std::strerror(errno);
}

/// The whole file, read with one bound: a bundle is never larger than the format allows. A
/// folder, FIFO or device is refused at once (a FIFO would otherwise block the agent).
std::string readFile(const std::string& path, const char* what, std::size_t maxBytes)
{
    const int fd = FileDescriptor::openRegularFile(path.c_str());
    if (fd < 0) {
        if (errno == EINVAL) {
            throw AgentError(ErrorCode::Usage,
                             Text::format("%s %s is not a regular file (a folder, FIFO or device)",
                                          {what, path}));
        }
        throw AgentError(errno == ENOENT ? ErrorCode::NotFound : ErrorCode::Other,
                         Text::format("cannot read %s %s: %s", {what, path, errnoText()}));
    }
    std::string content;
    char chunk[65536];
    bool failed = false;
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            failed = n < 0;
            break;
        }
        content.append(chunk, static_cast<std::size_t>(n));
        if (content.size() > maxBytes) {
            break; // the caller refuses what is larger than the format allows
        }
    }
    ::close(fd);
    if (failed) {
        throw AgentError(ErrorCode::Other, Text::format("cannot read %s %s", {what, path}));
    }
    return content;
}

bool isRegularFile(const std::string& path)
{
    struct stat info
    {};
    return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

std::string vaultKeyFrom(const std::string& value)
{
    if (!isRegularFile(value)) {
        try {
            return BundleOpener::parseVaultKey(value);
        } catch (const AgentError&) {
            struct stat info
            {};
            // Neither a key nor an existing file: most likely a file name with a typo, and
            // "file not found" (exit 4) says so better than a base64 complaint.
            if (::stat(value.c_str(), &info) != 0 && errno == ENOENT &&
                (value.find('.') != std::string::npos || value.find("/") != std::string::npos)) {
                throw AgentError(ErrorCode::NotFound,
                                 Text::format("no vault key file %s (and it is not the base64 "
                                              "text of a key either)",
                                              {value}));
            }
            throw;
        }
    }
    const std::string content = readFile(value, "vault key", 64 * 1024);
    std::size_t start = 0;
    while (start < content.size()) {
        std::size_t end = content.find('\n', start);
        if (end == std::string::npos) {
            end = content.size();
        }
        const std::string line =
            Text::trimmed(std::string_view(content).substr(start, end - start));
        start = end + 1;
        if (!line.empty() && line.front() != '#') {
            return BundleOpener::parseVaultKey(line);
        }
    }
    throw AgentError(ErrorCode::Usage, Text::format("%s holds no vault key", {value}));
}

Opened openBundle(const AgentOptions& options, std::int64_t nowMs)
{
    options.require({"bundle", "identity", "vault-key"});
    const std::string path = options.value("bundle");
    const std::string file = readFile(path, "bundle", BundleHeader::MaxFileBytes);
    const AgentIdentity identity = AgentIdentity::load(options.value("identity"));
    const std::string vaultKey = vaultKeyFrom(options.value("vault-key"));
    Opened opened{BundleOpener(nowMs).open(file, path, identity, vaultKey), {}, {}};
    std::optional<std::string> action;
    if (options.isSet("action")) {
        action = options.value("action");
        opened.actions.push_back(*action);
    } else {
        opened.actions = opened.bundle.payload.actions;
    }
    opened.selected = opened.bundle.payload.select(action);
    return opened;
}

Receipt receiptFor(const Opened& opened, std::int64_t nowMs)
{
    Receipt receipt = Receipt::create(nowMs);
    receipt.bundle = opened.bundle.header.idText();
    receipt.agent = opened.bundle.header.agent;
    receipt.actions = opened.actions;
    for (const BundleSecret* secret : opened.selected) {
        receipt.secrets.push_back(secret->name);
    }
    return receipt;
}

ReceiptLog receiptLog(const AgentOptions& options)
{
    return ReceiptLog(options.isSet("receipts") ? options.value("receipts")
                                                : ReceiptLog::defaultPath());
}

std::string baseName(const std::string& path)
{
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

void appendText(SecureBuffer& out, std::string_view text)
{
    out.append(reinterpret_cast<const unsigned char*>(text.data()), text.size());
}

} // namespace

AgentApp::AgentApp(std::vector<std::string> arguments, std::int64_t (*nowMs)())
    : m_arguments(std::move(arguments))
    , m_nowMs(nowMs)
{}

int AgentApp::run()
{
    try {
        return dispatch();
    } catch (const BundleError& error) {
        printError(error.what());
        return error.exitCode();
    } catch (const AgentError& error) {
        printError(error.what());
        return error.exitCode();
    } catch (const std::bad_alloc&) {
        printError("out of memory");
        return static_cast<int>(ErrorCode::Other);
    } catch (const std::exception& error) {
        // No input may abort the consumer: anything else thrown ends as an error too.
        printError(std::string("unexpected failure: ") + error.what());
        return static_cast<int>(ErrorCode::Other);
    }
}

int AgentApp::dispatch()
{
    const std::string command = m_arguments.size() > 1 ? m_arguments[1] : std::string();
    if (command.empty() || command == "help" || command == "--help" || command == "-h") {
        std::fputs(Usage, command.empty() ? stderr : stdout);
        return command.empty() ? 2 : 0;
    }
    if (command == "--version" || command == "-V") {
        printLine("scopevault-agent " SCOPEVAULT_VERSION);
        return 0;
    }
    if (command == "keygen") {
        return keygen();
    }
    if (command == "inspect") {
        return inspect();
    }
    if (command == "exec") {
        return exec();
    }
    if (command == "env") {
        return env();
    }
    if (command == "completion") {
        const std::string shell = m_arguments.size() == 3 ? m_arguments[2] : std::string();
        if (shell != "bash" && shell != "zsh") {
            throw AgentError(ErrorCode::Usage, "completion takes one shell: bash or zsh");
        }
        const std::string script = shell == "bash" ? AgentCommandTable::bashCompletion()
                                                   : AgentCommandTable::zshCompletion();
        std::fputs(script.c_str(), stdout);
        return 0;
    }
    throw AgentError(
        ErrorCode::Usage,
        Text::format("unknown command '%s' (commands: keygen, inspect, exec, env, completion)",
                     {command}));
}

namespace {

std::vector<std::string> wordsAfterCommand(const std::vector<std::string>& arguments)
{
    return {arguments.begin() + 2, arguments.end()};
}

} // namespace

int AgentApp::keygen()
{
    const AgentOptions options("keygen", wordsAfterCommand(m_arguments),
                               AgentCommandTable::get("keygen").options, false);
    options.require({"out"});
    if (!options.positional().empty()) {
        throw AgentError(ErrorCode::Usage, "keygen takes no arguments besides --out");
    }
    const AgentIdentity identity = AgentIdentity::generate();
    const std::string path = options.value("out");
    identity.save(path, Text::isoTime(m_nowMs()));
    printLine(identity.publicKeyBase64());
    std::fprintf(stderr, "%s\n",
                 Text::format("Identity written to %s (key fingerprint %s). Register it with:\n"
                              "  scopevault-cli agent add NAME --public-key %s",
                              {path, identity.fingerprint(), identity.publicKeyBase64()})
                     .c_str());
    return 0;
}

int AgentApp::inspect()
{
    const AgentOptions options("inspect", wordsAfterCommand(m_arguments),
                               AgentCommandTable::get("inspect").options, false);
    if (options.positional().size() != 1) {
        throw AgentError(ErrorCode::Usage, "inspect takes one bundle file");
    }
    const std::string path = options.positional().front();
    const BundleHeader header =
        BundleOpener::inspect(readFile(path, "bundle", BundleHeader::MaxFileBytes), path);
    const bool expired = m_nowMs() > header.expiresMs;
    const std::string status = expired ? "expired" : "active";
    if (options.isSet("json")) {
        SecureBuffer json; // the formatter's JSON string writer; nothing secret here
        const auto field = [&json](const char* key, const std::string& value, bool quoted) {
            appendText(json, json.isEmpty() ? "{\"" : ",\"");
            appendText(json, key);
            appendText(json, "\":");
            if (quoted) {
                SecretFormatter::appendJsonString(json, value.data(), value.size());
            } else {
                appendText(json, value);
            }
        };
        field("format", std::to_string(header.version), false);
        field("bundle", header.idText(), true);
        field("agent", header.agent, true);
        field("agentKey", KeyFingerprint::format(header.agentKeyFingerprint), true);
        field("vaultKey", KeyFingerprint::format(header.vaultKeyFingerprint), true);
        field("created", Text::isoTime(header.createdMs), true);
        field("expires", Text::isoTime(header.expiresMs), true);
        field("status", status, true);
        field("payloadBytes", std::to_string(header.ciphertextBytes), false);
        field("verified", "false", false); // inspect checks no signature
        appendText(json, "}");
        printLine(std::string(json.view()));
        return 0;
    }
    // inspect reads the header without checking the signature: say so beside what it shows.
    printLine("Unverified header (inspect checks no signature; exec and env do):");
    printLine(Text::format("Bundle      %s (format %s)",
                           {header.idText(), std::to_string(header.version)}));
    printLine(Text::format("Agent       %s (key %s)",
                           {header.agent, KeyFingerprint::format(header.agentKeyFingerprint)}));
    printLine("Vault key   " + KeyFingerprint::format(header.vaultKeyFingerprint));
    printLine("Created     " + Text::isoTime(header.createdMs));
    printLine("Expires     " + Text::isoTime(header.expiresMs) + (expired ? "  (expired)" : ""));
    printLine(Text::format("Payload     %s bytes, encrypted (not verified: inspect uses no key)",
                           {std::to_string(header.ciphertextBytes)}));
    return 0;
}

int AgentApp::exec()
{
    const AgentOptions options("exec", wordsAfterCommand(m_arguments),
                               AgentCommandTable::get("exec").options, true);
    const std::vector<std::string>& command = options.positional();
    if (command.empty()) {
        throw AgentError(ErrorCode::Usage, "exec needs a command after --");
    }
    const bool stdinJson = options.isSet("stdin-json");
    SecureBuffer variables;
    SecureBuffer stdinLine;
    Receipt receipt;
    {
        Opened opened = openBundle(options, m_nowMs());
        if (stdinJson) {
            stdinLine = SecretFormatter::format(opened.selected, SecretFormatter::Format::Json);
        } else {
            // One guarded allocation of the right size (growing it would map, lock and wipe
            // a new region at each doubling).
            std::size_t size = 0;
            for (const BundleSecret* secret : opened.selected) {
                size += secret->name.size() + secret->bytes().size() + 2;
            }
            variables.reserve(size);
            for (const BundleSecret* secret : opened.selected) {
                SecretFormatter::checkEnvironmentValue(*secret);
                appendText(variables, secret->name);
                appendText(variables, "=");
                appendText(variables, secret->bytes());
                const unsigned char nul = 0;
                variables.append(&nul, 1);
            }
        }
        receipt = receiptFor(opened, m_nowMs());
    } // the decrypted payload is wiped here
    receipt.command = baseName(command.front());
    receipt.delivery = stdinJson ? "stdin-json" : "env";
    receipt.outcome = "released";
    const ReceiptLog log = receiptLog(options);
    log.append(receipt); // fail closed: no receipt, no release

    ChildLauncher child(command, std::move(variables), std::move(stdinLine));
    const int startError = child.start();
    (void)ProcessHardening::setDumpable(true); // nothing secret is left in this process
    Receipt finished = receipt;
    const Receipt fresh = Receipt::create(m_nowMs());
    finished.id = fresh.id;
    finished.timeMs = fresh.timeMs;
    int code = 0;
    if (startError != 0) {
        printError(Text::format("cannot run %s: %s", {command.front(), std::strerror(startError)}));
        finished.outcome = "not started";
        code = startError == ENOENT ? 127 : 126;
    } else {
        code = child.wait();
        finished.outcome = child.outcome();
        finished.timeMs = m_nowMs();
    }
    try {
        // Written, not synced: the release line before the command was; this one only adds
        // the outcome and would otherwise hold up the exit by an fsync.
        log.append(finished, false);
    } catch (const AgentError& error) {
        printError(error.what()); // the command ran; its exit code still stands
    }
    return code;
}

int AgentApp::env()
{
    const AgentOptions options("env", wordsAfterCommand(m_arguments),
                               AgentCommandTable::get("env").options, false);
    options.require({"format"});
    if (!options.positional().empty()) {
        throw AgentError(ErrorCode::Usage, "env takes no arguments");
    }
    const std::string formatName = options.value("format");
    const SecretFormatter::Format format = SecretFormatter::parseFormat(formatName);
    SecureBuffer text;
    Receipt receipt;
    {
        Opened opened = openBundle(options, m_nowMs());
        text = SecretFormatter::format(opened.selected, format);
        receipt = receiptFor(opened, m_nowMs());
    }
    receipt.command = "-";
    receipt.delivery = formatName;
    receipt.outcome = "released";
    receiptLog(options).append(receipt);
    std::fflush(stdout);
    if (!FileDescriptor::writeAll(STDOUT_FILENO, text.data(), text.size())) {
        throw AgentError(ErrorCode::Other, "cannot write to stdout: " + errnoText());
    }
    return 0;
}

} // namespace scopevault
