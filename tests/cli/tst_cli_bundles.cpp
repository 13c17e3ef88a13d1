// Bundles end to end through the real binaries: the fixture skill packs imported, values set,
// two agents granted different actions, bundles exported by scopevault-cli and consumed by
// scopevault-agent running real children and by the Python reader (Debian's python3-nacl);
// every refusal, 20 flipped bytes, the consumer's own /proc environ, receipts into the audit log.
#include "TestVault.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>
#include <QtTest>

using namespace scopevault::test;

namespace {

const QByteArray OpenAi = "sk-system-canary-1";
const QByteArray EthPack = "eth-pack-canary-2";
const QByteArray EthMica = "eth-mica-canary-3";
const QByteArray TwilioSid = "AC-canary-4";
const QByteArray TwilioToken = "tw \"quoted\" back\\slash\nline2 canary-5";
const QByteArray TwilioFrom = "+15550100";
const QList<QByteArray> AllValues{OpenAi, EthPack, EthMica, TwilioSid, TwilioToken, TwilioFrom};

QString agentBinary()
{
    return qEnvironmentVariable("SCOPEVAULT_AGENT");
}

QString pythonReader()
{
    return qEnvironmentVariable("SCOPEVAULT_SOURCE_DIR") +
           QStringLiteral("/packaging/python/scopevault_bundle.py");
}

CliResult runProgram(const QString& program, const QStringList& arguments,
                     const QByteArray& input = {})
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        qFatal("cannot start %s", qPrintable(program));
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        qFatal("%s did not finish", qPrintable(program));
    }
    return {process.exitCode(), process.exitStatus() == QProcess::CrashExit,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

// A Python child that prints the secret-looking part of its environment and its stdin line.
const QString ShowChild = QStringLiteral(
    "import json, os, sys\n"
    "names = ('OPENAI_API_KEY', 'ETHERSCAN_API_KEY', 'CHAINALYSIS_API_KEY', 'TWILIO_ACCOUNT_SID',"
    " 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM_NUMBER')\n"
    "env = {n: os.environ[n] for n in names if n in os.environ}\n"
    "line = sys.stdin.readline() if len(sys.argv) > 1 else ''\n"
    "print(json.dumps({'env': env, 'stdin': json.loads(line) if line else None}))\n");

} // namespace

class TestCliBundles : public QObject
{
    Q_OBJECT

private:
    TestVault m_vault;
    QString m_vaultKey;

    QString file(const QString& name) const { return m_vault.dirPath() + QLatin1Char('/') + name; }
    CliResult cli(const QStringList& args) const { return m_vault.cli().vault(args); }
    CliResult agent(const QStringList& args, const QByteArray& input = {}) const
    {
        return runProgram(agentBinary(), args, input);
    }
    QStringList opening(const QString& bundle, const QString& identity) const
    {
        return {QStringLiteral("--bundle"),    bundle,
                QStringLiteral("--identity"),  identity,
                QStringLiteral("--vault-key"), m_vaultKey,
                QStringLiteral("--receipts"),  file(QStringLiteral("receipts.jsonl"))};
    }
    CliResult exec(const QString& bundle, const QString& identity, const QStringList& extra,
                   const QStringList& command) const
    {
        return agent(QStringList{QStringLiteral("exec")} + opening(bundle, identity) + extra +
                     QStringList{QStringLiteral("--")} + command);
    }
    CliResult python(const QString& bundle, const QString& identity,
                     const QStringList& extra = {}) const
    {
        return runProgram(QStringLiteral("/usr/bin/python3"),
                          QStringList{pythonReader(), bundle, QStringLiteral("--identity"),
                                      identity, QStringLiteral("--vault-key"), m_vaultKey} +
                              extra);
    }
    static QJsonObject childEnv(const CliResult& result)
    {
        return QJsonDocument::fromJson(result.out).object().value("env").toObject();
    }
    static void expectNoValues(const QByteArray& bytes, const char* where)
    {
        for (const QByteArray& value : AllValues) {
            QVERIFY2(!bytes.contains(value), where);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString fixtures = qEnvironmentVariable("SCOPEVAULT_FIXTURES");
        QCOMPARE(cli({"import", "skillpack", fixtures + QStringLiteral("/skillpacks")}).exitCode,
                 0);
        m_vault.set(QStringLiteral("system:OPENAI_API_KEY"), OpenAi);
        m_vault.set(QStringLiteral("finance:ETHERSCAN_API_KEY"), EthPack);
        m_vault.set(QStringLiteral("finance/mica_module:ETHERSCAN_API_KEY"), EthMica);
        m_vault.set(QStringLiteral("comms:TWILIO_ACCOUNT_SID"), TwilioSid);
        m_vault.set(QStringLiteral("comms:TWILIO_AUTH_TOKEN"), TwilioToken);
        m_vault.set(QStringLiteral("comms/notify_sms:TWILIO_FROM_NUMBER"), TwilioFrom);
        for (const char* name : {"alice", "bob"}) {
            const QString identity = file(QString::fromLatin1(name) + QStringLiteral(".identity"));
            const CliResult keygen = agent({"keygen", "--out", identity});
            QVERIFY2(keygen.exitCode == 0, keygen.err.constData());
            QCOMPARE(QFileInfo(identity).permissions() & 0x0077, QFileDevice::Permissions());
            const CliResult added = cli({"agent", "add", QString::fromLatin1(name), "--public-key",
                                         QString::fromLatin1(keygen.out.trimmed())});
            QVERIFY2(added.exitCode == 0, added.err.constData());
        }
        QCOMPARE(cli({"grant", "alice", "finance"}).exitCode, 0);
        QCOMPARE(cli({"grant", "bob", "comms/notify_sms"}).exitCode, 0);
        const CliResult key = cli({"vault-key"});
        QCOMPARE(key.exitCode, 0);
        m_vaultKey = QString::fromLatin1(key.out.trimmed());
        const CliResult alice = cli({"export", "alice", "--out", file("alice.svb")});
        QVERIFY2(alice.exitCode == 0, alice.err.constData());
        QVERIFY(alice.err.contains("CHAINALYSIS_API_KEY")); // optional, set nowhere: a warning
        const CliResult bob = cli({"export", "bob", "--action", "comms/notify_sms", "--expires",
                                   "2h", "--out", file("bob.svb")});
        QVERIFY2(bob.exitCode == 0, bob.err.constData());
    }

    void eachAgentSeesExactlyItsSecrets()
    {
        const QString alice = file("alice.identity");
        const QString bob = file("bob.identity");
        // /usr/bin/env as the child: alice's mica action gets the action override.
        CliResult mica =
            exec(file("alice.svb"), alice, {"--action", "finance/mica_module"}, {"/usr/bin/env"});
        QVERIFY2(mica.exitCode == 0, mica.err.constData());
        QVERIFY(mica.out.contains("\nETHERSCAN_API_KEY=" + EthMica + '\n'));
        QVERIFY(mica.out.contains("\nOPENAI_API_KEY=" + OpenAi + '\n'));
        for (const QByteArray& other : {EthPack, TwilioSid, TwilioFrom, QByteArray("canary-5")}) {
            QVERIFY(!mica.out.contains(other));
        }
        const QStringList python{"/usr/bin/python3", "-c", ShowChild};
        const QJsonObject screening = childEnv(
            exec(file("alice.svb"), alice, {"--action", "finance/wallet_screening"}, python));
        QCOMPARE(screening, (QJsonObject{{"ETHERSCAN_API_KEY", QString::fromLatin1(EthPack)}}));
        // Both finance actions at once would give ETHERSCAN_API_KEY two values: refused.
        const CliResult ambiguous = exec(file("alice.svb"), alice, {}, {"/usr/bin/env"});
        QCOMPARE(ambiguous.exitCode, 16);
        QVERIFY(ambiguous.out.isEmpty());
        QVERIFY(ambiguous.err.contains("--action"));

        const QJsonObject bobEnv = childEnv(exec(file("bob.svb"), bob, {}, python));
        QCOMPARE(bobEnv, (QJsonObject{{"TWILIO_ACCOUNT_SID", QString::fromLatin1(TwilioSid)},
                                      {"TWILIO_AUTH_TOKEN", QString::fromUtf8(TwilioToken)},
                                      {"TWILIO_FROM_NUMBER", QString::fromLatin1(TwilioFrom)}}));
        // --stdin-json: one JSON line on stdin, nothing in the environment.
        const CliResult stdinJson =
            exec(file("bob.svb"), bob, {"--stdin-json"}, python + QStringList{"read-stdin"});
        QVERIFY2(stdinJson.exitCode == 0, stdinJson.err.constData());
        const QJsonObject shown = QJsonDocument::fromJson(stdinJson.out).object();
        QVERIFY(shown.value("env").toObject().isEmpty());
        QCOMPARE(shown.value("stdin").toObject().value("TWILIO_AUTH_TOKEN").toString(),
                 QString::fromUtf8(TwilioToken));
        QCOMPARE(shown.value("stdin").toObject().size(), 3);

        QCOMPARE(exec(file("bob.svb"), bob, {}, {"/bin/sh", "-c", "exit 42"}).exitCode, 42);
        const CliResult missing = exec(file("bob.svb"), bob, {}, {"no-such-command-xyz"});
        QCOMPARE(missing.exitCode, 127);
        QVERIFY(missing.err.contains("no-such-command-xyz"));
    }

    void pythonReaderReadsTheSameBundles()
    {
        const CliResult bob = python(file("bob.svb"), file("bob.identity"));
        QVERIFY2(bob.exitCode == 0, bob.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(bob.out).object();
        QCOMPARE(result.value("agent").toString(), QStringLiteral("bob"));
        const QJsonObject secrets = result.value("secrets").toObject();
        QCOMPARE(secrets.size(), 3);
        QCOMPARE(QByteArray::fromBase64(secrets.value("TWILIO_AUTH_TOKEN").toString().toLatin1()),
                 TwilioToken);
        QCOMPARE(result.value("details")
                     .toObject()
                     .value("TWILIO_FROM_NUMBER")
                     .toObject()
                     .value("provenance"),
                 QJsonValue(QStringLiteral("comms/notify_sms")));
        const CliResult mica =
            python(file("alice.svb"), file("alice.identity"), {"--action", "finance/mica_module"});
        QCOMPARE(QByteArray::fromBase64(QJsonDocument::fromJson(mica.out)
                                            .object()
                                            .value("secrets")
                                            .toObject()
                                            .value("ETHERSCAN_API_KEY")
                                            .toString()
                                            .toLatin1()),
                 EthMica);
        QCOMPARE(python(file("alice.svb"), file("alice.identity")).exitCode, 16);
    }

    void everyRefusalHasItsExitCodeAndPrintsNothing()
    {
        QFile original(file("bob.svb"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        const auto variant = [&](const QString& name, const QByteArray& content) {
            return m_vault.writeFile(name, content);
        };
        QByteArray flippedPayload = bytes;
        flippedPayload[200] = char(flippedPayload.at(200) ^ 0x04);
        QByteArray version2 = bytes;
        version2[9] = 2;

        TestVault other;
        const QString otherKey =
            QString::fromLatin1(other.cli().vault({"vault-key"}).out.trimmed());
        QVERIFY(!otherKey.isEmpty() && otherKey != m_vaultKey);

        struct Case
        {
            const char* what;
            QString bundle;
            QString identity;
            QString vaultKey;
            int code;
        };
        const QString bob = file("bob.identity");
        const QList<Case> cases{
            {"wrong identity", file("bob.svb"), file("alice.identity"), m_vaultKey, 14},
            {"unknown vault key", file("bob.svb"), bob, otherKey, 12},
            {"bad signature", variant("flipped.svb", flippedPayload), bob, m_vaultKey, 13},
            {"truncated", variant("short.svb", bytes.left(bytes.size() - 10)), bob, m_vaultKey, 10},
            {"unsupported version", variant("v2.svb", version2), bob, m_vaultKey, 11},
            {"not a bundle", variant("text.svb", "hello"), bob, m_vaultKey, 10},
        };
        for (const Case& each : cases) {
            const QStringList open{
                "--bundle",    each.bundle,   "--identity", each.identity,
                "--vault-key", each.vaultKey, "--receipts", file("refused-receipts.jsonl")};
            const CliResult consumer =
                agent(QStringList{"exec"} + open + QStringList{"--", "/usr/bin/env"});
            QVERIFY2(consumer.exitCode == each.code,
                     qPrintable(QStringLiteral("%1: exit %2 %3")
                                    .arg(QLatin1String(each.what))
                                    .arg(consumer.exitCode)
                                    .arg(QString::fromLocal8Bit(consumer.err))));
            QVERIFY(consumer.out.isEmpty());
            expectNoValues(consumer.err, each.what);
            const CliResult printed = agent(QStringList{"env", "--format", "dotenv"} + open);
            QCOMPARE(printed.exitCode, each.code);
            QVERIFY(printed.out.isEmpty());
            const CliResult reader = runProgram(QStringLiteral("/usr/bin/python3"),
                                                {pythonReader(), each.bundle, "--identity",
                                                 each.identity, "--vault-key", each.vaultKey});
            QVERIFY2(reader.exitCode == each.code, each.what);
            QVERIFY(reader.out.isEmpty());
        }
        QVERIFY(!QFile::exists(file("refused-receipts.jsonl"))); // refusals release nothing

        // Expiry: a one-second bundle, opened after it ran out.
        QCOMPARE(
            cli({"export", "bob", "--expires", "1s", "--out", file("short-lived.svb")}).exitCode,
            0);
        QThread::msleep(2100);
        const CliResult expired = exec(file("short-lived.svb"), bob, {}, {"/usr/bin/env"});
        QCOMPARE(expired.exitCode, 15);
        QVERIFY(expired.out.isEmpty());
        QCOMPARE(python(file("short-lived.svb"), bob).exitCode, 15);
        const CliResult listed = cli({"bundles", "--agent", "bob", "--json"});
        QCOMPARE(listed.exitCode, 0);
        QStringList statuses;
        for (const QJsonValue& each : QJsonDocument::fromJson(listed.out).array()) {
            QCOMPARE(each["agent"].toString(), QStringLiteral("bob"));
            statuses << each["status"].toString();
        }
        QVERIFY(statuses.contains(QStringLiteral("expired")));
        QVERIFY(statuses.contains(QStringLiteral("active")));
    }

    void identityReadableByOthersIsRefused()
    {
        const QString loose = file(QStringLiteral("loose.identity"));
        QFile::remove(loose);
        QVERIFY(QFile::copy(file(QStringLiteral("bob.identity")), loose));
        QVERIFY(QFile::setPermissions(loose, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const CliResult consumer = exec(file("bob.svb"), loose, {}, {"/usr/bin/env"});
        QCOMPARE(consumer.exitCode, 6);
        QVERIFY(consumer.out.isEmpty());
        QVERIFY2(consumer.err.contains("chmod 600"), consumer.err.constData());
        const CliResult reader = python(file("bob.svb"), loose);
        QCOMPARE(reader.exitCode, 6);
        QVERIFY(reader.out.isEmpty());
        QVERIFY2(reader.err.contains("chmod 600"), reader.err.constData());
        QVERIFY2(!reader.err.contains("Traceback"), reader.err.constData());
    }

    // The consumer runs on agent hosts before every command: it links no Qt, which is what
    // keeps its start-up within the exec-overhead target (docs/BENCHMARKS.md).
    void consumerLoadsNoQt()
    {
        const CliResult libraries = runProgram(QStringLiteral("ldd"), {agentBinary()});
        QCOMPARE(libraries.exitCode, 0);
        QVERIFY(libraries.out.contains("libsodium"));
        QVERIFY2(!libraries.out.contains("libQt"), libraries.out.constData());
    }

    void twentyFlippedBytesAreEachRefused()
    {
        QFile original(file("bob.svb"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        for (int i = 0; i < 20; ++i) {
            const qsizetype at = i * (bytes.size() - 1) / 19;
            QByteArray flipped = bytes;
            flipped[at] = char(flipped.at(at) ^ 0x80);
            const QString path = m_vault.writeFile(QStringLiteral("flip-%1.svb").arg(at), flipped);
            const CliResult consumer =
                exec(path, file("bob.identity"), {}, {"/bin/sh", "-c", "echo child ran"});
            QVERIFY2(consumer.exitCode >= 10 && consumer.exitCode <= 14,
                     qPrintable(QStringLiteral("byte %1: exit %2").arg(at).arg(consumer.exitCode)));
            QVERIFY(consumer.out.isEmpty());
            const CliResult reader = python(path, file("bob.identity"));
            QVERIFY2(reader.exitCode >= 10 && reader.exitCode <= 14,
                     qPrintable(
                         QStringLiteral("python, byte %1: exit %2").arg(at).arg(reader.exitCode)));
            QVERIFY(reader.out.isEmpty());
        }
    }

    // The consumer never puts a secret into its own environment (or argv): while its child
    // runs, /proc/<consumer>/environ and cmdline hold none, and the child's environ does.
    void consumerEnvironNeverHoldsASecret()
    {
        QProcess consumer;
        consumer.start(agentBinary(), QStringList{"exec"} +
                                          opening(file("bob.svb"), file("bob.identity")) +
                                          QStringList{"--", "/bin/sleep", "3"});
        QVERIFY(consumer.waitForStarted());
        const QString pid = QString::number(consumer.processId());
        QString child;
        for (int i = 0; i < 200 && child.isEmpty(); ++i) {
            QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
            if (children.open(QIODevice::ReadOnly)) {
                child = QString::fromLatin1(children.readAll().trimmed());
            }
            if (child.isEmpty()) {
                QThread::msleep(10);
            }
        }
        QVERIFY2(!child.isEmpty(), "the child did not start");
        // Readable once the consumer has wiped its plaintext and made itself dumpable again.
        const auto read = [](const QString& path) {
            for (int attempt = 0; attempt < 300; ++attempt) {
                QFile f(path);
                if (f.open(QIODevice::ReadOnly)) {
                    return f.readAll();
                }
                QThread::msleep(10);
            }
            qFatal("cannot read %s", qPrintable(path));
        };
        const QByteArray consumerEnv = read(QStringLiteral("/proc/%1/environ").arg(pid));
        QVERIFY(!consumerEnv.isEmpty());
        expectNoValues(consumerEnv, "consumer environ");
        expectNoValues(read(QStringLiteral("/proc/%1/cmdline").arg(pid)), "consumer cmdline");
        // Until the child has exec'ed /bin/sleep it may still share the consumer's memory.
        for (int i = 0;
             i < 300 &&
             !read(QStringLiteral("/proc/%1/cmdline").arg(child)).startsWith("/bin/sleep");
             ++i) {
            QThread::msleep(10);
        }
        const QByteArray childEnv = read(QStringLiteral("/proc/%1/environ").arg(child));
        QVERIFY(childEnv.contains("TWILIO_ACCOUNT_SID=" + TwilioSid)); // the check can see one
        QVERIFY(consumer.waitForFinished(10000));
        QCOMPARE(consumer.exitCode(), 0);
    }

    void envFormatsReadBackExactly()
    {
        const QStringList open = opening(file("bob.svb"), file("bob.identity"));
        const CliResult dotenv = agent(QStringList{"env", "--format", "dotenv"} + open);
        QVERIFY2(dotenv.exitCode == 0, dotenv.err.constData());
        const QString envFile = m_vault.writeFile(QStringLiteral("bob.env"), dotenv.out);
        const CliResult oracle = runProgram(QStringLiteral("/usr/bin/python3"),
                                            {"-c",
                                             "import json, sys\nfrom dotenv import dotenv_values\n"
                                             "print(json.dumps({k: v.encode().hex() for k, v in "
                                             "dotenv_values(sys.argv[1]).items()}))",
                                             envFile});
        const QJsonObject values = QJsonDocument::fromJson(oracle.out).object();
        QCOMPARE(values.size(), 3);
        QCOMPARE(QByteArray::fromHex(values.value("TWILIO_AUTH_TOKEN").toString().toLatin1()),
                 TwilioToken);
        const CliResult shell = agent(QStringList{"env", "--format", "shell"} + open);
        const CliResult evaluated =
            runProgram(QStringLiteral("/bin/sh"),
                       {"-c", "eval \"$(cat)\"; printf %s \"$TWILIO_AUTH_TOKEN\""}, shell.out);
        QCOMPARE(evaluated.out, TwilioToken);
        const CliResult json = agent(QStringList{"env", "--format", "json"} + open);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value("TWILIO_FROM_NUMBER").toString(),
                 QString::fromLatin1(TwilioFrom));
        QCOMPARE(agent(QStringList{"env", "--format", "yaml"} + open).exitCode, 2);
    }

    void receiptsReachTheAuditLog()
    {
        const QString receipts = file("receipts.jsonl");
        QFile log(receipts);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray lines = log.readAll();
        log.close();
        QVERIFY(lines.count('\n') >= 4);
        expectNoValues(lines, "receipt log");
        QVERIFY(lines.contains("\"command\":\"python3\""));
        QVERIFY(lines.contains("\"outcome\":\"exit 42\""));

        const CliResult imported = cli({"audit", "import-receipts", receipts});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const CliResult again = cli({"audit", "import-receipts", receipts});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(": 0 imported"));

        const CliResult listed = cli({"audit", "list", "--actor", "agent:bob", "--json"});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray events = QJsonDocument::fromJson(listed.out).array();
        QVERIFY(events.size() >= 4);
        QStringList actions;
        for (const QJsonValue& event : events) {
            actions << event["action"].toString();
        }
        QVERIFY(actions.contains(QStringLiteral("agent.secrets-released")));
        QVERIFY(actions.contains(QStringLiteral("agent.command-finished")));
        expectNoValues(listed.out, "audit list");
        // The agent's bare name finds the same events; its reads are of kind "reads".
        const QJsonArray bare =
            QJsonDocument::fromJson(cli({"audit", "list", "--actor", "bob", "--json"}).out).array();
        QCOMPARE(bare.size(), events.size());
        const QJsonArray reads =
            QJsonDocument::fromJson(
                cli({"audit", "list", "--actor", "bob", "--kind", "reads", "--json"}).out)
                .array();
        QVERIFY(!reads.isEmpty());
        for (const QJsonValue& event : reads) {
            QCOMPARE(event["action"].toString(), QStringLiteral("agent.secrets-released"));
        }

        // A receipt for a bundle another vault issued is refused with the reason.
        TestVault other;
        QByteArray foreign = lines.left(lines.indexOf('\n') + 1);
        const qsizetype at = foreign.indexOf("\"bundle\":\"") + 10;
        foreign.replace(at, 32, QByteArray(32, 'a'));
        foreign.replace(foreign.indexOf("\"id\":\"") + 6, 32, QByteArray(32, 'b'));
        const QString foreignFile = m_vault.writeFile(QStringLiteral("foreign.jsonl"), foreign);
        const CliResult refused = cli({"audit", "import-receipts", foreignFile});
        QCOMPARE(refused.exitCode, 7);
        QVERIFY(refused.err.contains("foreign.jsonl:1: bundle aaaa"));
        QVERIFY(refused.err.contains("not issued by this vault"));
        QCOMPARE(cli({"audit", "verify"}).exitCode, 0);
    }

    void exportRefusalsListEveryProblem()
    {
        QCOMPARE(cli({"agent", "add", "carol", "--public-key",
                      QString::fromLatin1(
                          agent({"keygen", "--out", file("carol.identity")}).out.trimmed())})
                     .exitCode,
                 0);
        const CliResult none = cli({"export", "carol", "--out", file("carol.svb")});
        QCOMPARE(none.exitCode, 6);
        QVERIFY(none.err.contains("granted no action"));
        const CliResult ungranted =
            cli({"export", "carol", "--action", "comms/notify_sms", "--action",
                 "finance/mica_module", "--out", file("carol.svb")});
        QCOMPARE(ungranted.exitCode, 6);
        QVERIFY(ungranted.err.contains("comms/notify_sms: agent 'carol' has no grant"));
        QVERIFY(ungranted.err.contains("finance/mica_module: agent 'carol' has no grant"));
        QVERIFY(!QFile::exists(file("carol.svb")));
        QCOMPARE(cli({"agent", "suspend", "bob"}).exitCode, 0);
        const CliResult suspended = cli({"export", "bob", "--out", file("bob2.svb")});
        QCOMPARE(suspended.exitCode, 6);
        QVERIFY(suspended.err.contains("suspended"));
        QCOMPARE(cli({"agent", "resume", "bob"}).exitCode, 0);
        const CliResult tooLong =
            cli({"export", "bob", "--expires", "365d", "--out", file("b.svb")});
        QCOMPARE(tooLong.exitCode, 6);
        QVERIFY(tooLong.err.contains("bundle.max-lifetime"));
        const CliResult exists = cli({"export", "bob", "--out", file("bob.svb")});
        QCOMPARE(exists.exitCode, 2);
        QCOMPARE(cli({"export", "bob", "--out", file("bob.svb"), "--force"}).exitCode, 0);
        QCOMPARE(agent({"keygen", "--out", file("bob.identity")}).exitCode, 2); // never overwrites
        const CliResult inspect = agent({"inspect", file("bob.svb"), "--json"});
        QCOMPARE(QJsonDocument::fromJson(inspect.out).object().value("agent").toString(),
                 QStringLiteral("bob"));
        expectNoValues(m_vault.diskBytes(), "vault file");
    }
};

QTEST_GUILESS_MAIN(TestCliBundles)
#include "tst_cli_bundles.moc"
