// scopevault-cli scan through the real binary: a credential of every rule planted in Markdown,
// Python, YAML and JSON is found at its line with its rule (recall), the documented
// harmless look-alikes are not (precision), the vault's own values are found by reference,
// nothing printed ever holds a planted credential whole, and the walk's rules (ignore file,
// symbolic links, binary, oversized and special files) hold. Credentials are generated here
// from each provider's format: none is real.
#include "CredentialSamples.h"
#include "TestHelpers.h"
#include "TestVault.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>
#include <QtTest>

#include <sys/stat.h>

using namespace scopevault::test;

namespace {

struct Planted
{
    QString rule;
    QByteArray line;   // the whole line, as written
    QByteArray secret; // what must never be printed whole
    QString file;
    int lineNumber = 0;
};

QJsonObject parse(const CliResult& result)
{
    return QJsonDocument::fromJson(result.out).object();
}

} // namespace

class TestCliScan : public QObject
{
    Q_OBJECT

private:
    TestVault m_vault;
    QList<Planted> m_planted;

    QString dir(const QString& name) const { return m_vault.dirPath() + QLatin1Char('/') + name; }
    void write(const QString& path, const QByteArray& content) const
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    CliResult scan(const QStringList& args) const
    {
        return m_vault.cli().run(QStringList{QStringLiteral("scan")} + args +
                                 QStringList{QStringLiteral("--no-vault")});
    }
    void expectNoSecret(const QByteArray& output, const char* what) const
    {
        for (const Planted& planted : m_planted) {
            QVERIFY2(!output.contains(planted.secret),
                     qPrintable(QStringLiteral("%1 prints the %2 credential whole")
                                    .arg(QLatin1String(what), planted.rule)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QRandomGenerator random(20261205);
        const QList<CredentialSample> kinds = credentialSamples(random);
        // One file per language, the kinds dealt round-robin; each line is a plausible one.
        const QStringList files{"pack/act/SKILL.md", "pack/act/tool.py", "pack/act/config.yaml",
                                "pack/act/settings.json"};
        QMap<QString, QByteArray> contents;
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            const QString file = files.at(i % files.size());
            QByteArray& content = contents[file];
            content += "# some text before it\n";
            Planted planted;
            planted.rule = QString::fromLatin1(kinds[i].rule);
            planted.secret = kinds[i].secret;
            planted.line = kinds[i].prefix + kinds[i].secret + "\n";
            planted.file = file;
            planted.lineNumber = int(content.count('\n')) + 1;
            content += planted.line;
            if (planted.rule == QLatin1String("private-key")) {
                content += randomFrom(random, "abcdefghijklmnopqrstuvwxyz0123456789", 70) +
                           "\n-----END OPENSSH PRIVATE KEY-----\n";
            }
            m_planted << planted;
        }
        for (auto it = contents.cbegin(); it != contents.cend(); ++it) {
            write(dir(QStringLiteral("corpus/") + it.key()), it.value());
        }
        // Decoys: what looks like a credential and is known to be harmless.
        write(dir(QStringLiteral("corpus/pack/act/README.md")), harmlessLookAlikes(random));
        write(dir(QStringLiteral("corpus/pack/act/package-lock.json")),
              "{\"integrity\": \"sha512-" + randomFrom(random, "abcdefghijklmnop0123456789", 86) +
                  "==\", \"auth_token\": \"" +
                  randomFrom(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkl0123456789", 40) +
                  "\"}\n");
    }

    void everyRuleIsFoundWhereItWasPlanted()
    {
        const CliResult result = scan({dir(QStringLiteral("corpus")), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 6); // high and critical findings, default --fail-on high
        const QJsonObject report = parse(result);
        const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
        QSet<QString> rulesFound;
        int recalled = 0;
        for (const Planted& planted : std::as_const(m_planted)) {
            bool found = false;
            for (const QJsonValue& finding : findings) {
                if (finding[QStringLiteral("file")].toString() == planted.file &&
                    finding[QStringLiteral("line")].toInt() == planted.lineNumber &&
                    finding[QStringLiteral("rule")].toString() == planted.rule) {
                    found = true;
                    const QString redacted = finding[QStringLiteral("redacted")].toString();
                    QVERIFY2(redacted.size() <= 9, qPrintable(redacted));
                }
            }
            recalled += found ? 1 : 0;
            QVERIFY2(found, qPrintable(QStringLiteral("%1 at %2:%3 not found: %4")
                                           .arg(planted.rule, planted.file)
                                           .arg(planted.lineNumber)
                                           .arg(QString::fromUtf8(result.out))));
            rulesFound.insert(planted.rule);
        }
        // Nothing else: every finding is a planted credential (the decoys give none).
        QCOMPARE(findings.size(), m_planted.size());
        QCOMPARE(recalled, m_planted.size());
        QCOMPARE(rulesFound.size(), 22); // every rule of the scanner
        QCOMPARE(report.value(QStringLiteral("highest")).toString(), QStringLiteral("critical"));
        expectNoSecret(result.out + result.err, "scan --json");
    }

    void decoysAloneGiveNothing()
    {
        const QString decoys = dir(QStringLiteral("decoys"));
        QDir().mkpath(decoys);
        QVERIFY(QFile::copy(dir(QStringLiteral("corpus/pack/act/README.md")),
                            decoys + QStringLiteral("/README.md")));
        QVERIFY(QFile::copy(dir(QStringLiteral("corpus/pack/act/package-lock.json")),
                            decoys + QStringLiteral("/package-lock.json")));
        // A negative for every rule: each planted credential as a placeholder (its last twelve
        // characters "x"), a database URL whose password is looked up, and a public key where
        // the private one was.
        QByteArray placeholders;
        QSet<QString> rules;
        for (const Planted& planted : std::as_const(m_planted)) {
            rules.insert(planted.rule);
            QByteArray line = planted.line;
            if (planted.rule == QLatin1String("private-key")) {
                line.replace("PRIVATE", "PUBLIC");
            } else if (planted.rule == QLatin1String("database-url-password")) {
                const qsizetype colon = line.indexOf(':', line.indexOf("://") + 3);
                line.replace(colon + 1, line.indexOf('@') - colon - 1, "${DB_PASSWORD}");
            } else {
                const qsizetype end = line.indexOf(planted.secret) + planted.secret.size();
                line.replace(end - 12, 12, QByteArray(12, 'x'));
            }
            placeholders += line;
        }
        QCOMPARE(rules.size(), 22);
        write(decoys + QStringLiteral("/placeholders.md"), placeholders);
        const CliResult result = scan({decoys, QStringLiteral("--fail-on"), QStringLiteral("low")});
        QVERIFY2(result.exitCode == 0, result.out.constData());
        QVERIFY(result.out.contains("Files scanned: 3 "));
    }

    void textAndSarifNeverHoldACredential()
    {
        const CliResult text = scan({dir(QStringLiteral("corpus"))});
        QCOMPARE(text.exitCode, 6);
        QVERIFY(text.out.contains("pack/act/SKILL.md:"));
        expectNoSecret(text.out + text.err, "scan");
        const CliResult sarif = scan({dir(QStringLiteral("corpus")), QStringLiteral("--sarif")});
        QCOMPARE(sarif.exitCode, 6);
        expectNoSecret(sarif.out + sarif.err, "scan --sarif");
        const QJsonObject log = parse(sarif);
        QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
        const QJsonObject run = log.value(QStringLiteral("runs")).toArray().at(0).toObject();
        const QJsonArray results = run.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), m_planted.size());
        const QJsonObject first = results.at(0).toObject();
        QVERIFY(!first.value(QStringLiteral("ruleId")).toString().isEmpty());
        const QJsonObject region =
            first.value(QStringLiteral("locations"))
                .toArray()
                .at(0)[QStringLiteral("physicalLocation")][QStringLiteral("region")]
                .toObject();
        QVERIFY(region.value(QStringLiteral("startLine")).toInt() > 0);
        QCOMPARE(
            run.value(QStringLiteral("tool"))[QStringLiteral("driver")][QStringLiteral("rules")]
                .toArray()
                .size(),
            22);
    }

    void failOnDecidesTheExitCode()
    {
        const QString only = dir(QStringLiteral("only-generic"));
        write(only + QStringLiteral("/a.env"),
              "DEPLOY_TOKEN=\"Zq8vR2mX7pL4kN9tB3wY6cF1hJ5sD0aG\"\n");
        QCOMPARE(scan({only}).exitCode, 0); // medium < high
        QCOMPARE(scan({only, QStringLiteral("--fail-on"), QStringLiteral("medium")}).exitCode, 6);
        QCOMPARE(scan({dir(QStringLiteral("corpus")), QStringLiteral("--fail-on"),
                       QStringLiteral("critical")})
                     .exitCode,
                 6); // the private key
        const CliResult bad = scan({only, QStringLiteral("--fail-on"), QStringLiteral("severe")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--fail-on"));
        QCOMPARE(scan({dir(QStringLiteral("no-such-folder"))}).exitCode, 4);
        QCOMPARE(scan({only + QStringLiteral("/a.env")}).exitCode, 2);
    }

    void theVaultsOwnValuesAreFoundByReference()
    {
        // A value that looks like nothing in particular: no rule would find it.
        const QByteArray value = "correct-horse-battery-42";
        m_vault.set(QStringLiteral("payments:WEBHOOK_SIGNING_SECRET"), value);
        m_vault.set(QStringLiteral("system:SHORT"), "abc"); // too short to look for
        const QString pack = dir(QStringLiteral("leaky"));
        write(pack + QStringLiteral("/charge/notes.md"),
              "Signing with " + value + " for now.\nabc is fine\n");
        const CliResult result =
            m_vault.cli().vault({QStringLiteral("scan"), pack, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 6);
        const QJsonObject report = parse(result);
        QCOMPARE(report.value(QStringLiteral("valuesSearched")).toInt(), 1);
        const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject finding = findings.at(0).toObject();
        QCOMPARE(finding.value(QStringLiteral("rule")).toString(), QStringLiteral("vault-value"));
        QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(finding.value(QStringLiteral("reference")).toString(),
                 QStringLiteral("payments:WEBHOOK_SIGNING_SECRET"));
        QCOMPARE(finding.value(QStringLiteral("line")).toInt(), 1);
        QCOMPARE(finding.value(QStringLiteral("column")).toInt(), 14);
        QVERIFY(!result.out.contains("correct") && !result.err.contains("correct"));
        const CliResult text = m_vault.cli().vault({QStringLiteral("scan"), pack});
        QVERIFY2(text.out.contains("holds the value of payments:WEBHOOK_SIGNING_SECRET"),
                 text.out.constData());
        QVERIFY(!text.out.contains("correct"));
    }

    void theIgnoreFileSilencesByFingerprint()
    {
        const QString pack = dir(QStringLiteral("ignored"));
        write(pack + QStringLiteral("/a.md"), m_planted.at(0).line + m_planted.at(5).line);
        const QJsonArray before = parse(scan({pack, QStringLiteral("--json")}))
                                      .value(QStringLiteral("findings"))
                                      .toArray();
        QCOMPARE(before.size(), 2);
        const QString fingerprint = before.at(0)[QStringLiteral("fingerprint")].toString();
        QCOMPARE(fingerprint.size(), 32);
        write(pack + QStringLiteral("/.scopevault-scan-ignore"),
              "# accepted: rotated on 2026-12-01\n" + fingerprint.toLatin1() + "  old key\n");
        const QJsonObject after = parse(scan({pack, QStringLiteral("--json")}));
        QCOMPARE(after.value(QStringLiteral("findings")).toArray().size(), 1);
        QCOMPARE(after.value(QStringLiteral("ignored")).toInt(), 1);
        QVERIFY(after.value(QStringLiteral("findings"))
                    .toArray()
                    .at(0)[QStringLiteral("fingerprint")]
                    .toString() != fingerprint);
    }

    void theGateWarnsOrRefusesExports()
    {
        TestVault vault;
        const auto cli = [&](const QStringList& args) {
            return vault.cli().vault(args);
        };
        const QString packs = vault.dirPath() + QStringLiteral("/packs");
        for (const QString& file : {QStringLiteral("comms/notify_sms/manifest.yaml"),
                                    QStringLiteral("comms/notify_sms/SKILL.md"),
                                    QStringLiteral("finance/mica_module/manifest.yaml")}) {
            QFile source(qEnvironmentVariable("SCOPEVAULT_FIXTURES") +
                         QStringLiteral("/skillpacks/") + file);
            QVERIFY(source.open(QIODevice::ReadOnly));
            write(packs + QLatin1Char('/') + file, source.readAll());
        }
        QCOMPARE(cli({"import", "skillpack", packs}).exitCode, 0);
        for (const char* name : {"TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM_NUMBER",
                                 "ETHERSCAN_API_KEY", "OPENAI_API_KEY"}) {
            vault.set(QStringLiteral("system:") + QLatin1String(name),
                      QByteArray("gate-test-value-") + name);
        }
        QCOMPARE(cli({"agent", "add", "bot", "--public-key", newAgentPublicKey()}).exitCode, 0);
        QCOMPARE(cli({"grant", "bot", "comms/notify_sms"}).exitCode, 0);
        QCOMPARE(cli({"grant", "bot", "finance/mica_module"}).exitCode, 0);
        const auto exportBundle = [&](const QStringList& extra = {}) {
            return cli(QStringList{"export", "bot", "--force", "--out",
                                   vault.dirPath() + QStringLiteral("/bot.svb")} +
                       extra);
        };

        // The scan keeps each pack's verdict: comms has a Twilio token in its SKILL.md.
        const CliResult scanned = cli({"scan", packs, "--json"});
        QCOMPARE(scanned.exitCode, 6);
        const QJsonArray records = parse(scanned).value(QStringLiteral("packs")).toArray();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0)[QStringLiteral("pack")].toString(), QStringLiteral("comms"));
        QCOMPARE(records.at(0)[QStringLiteral("passed")].toBool(), false);
        QCOMPARE(records.at(1)[QStringLiteral("pack")].toString(), QStringLiteral("finance"));
        QCOMPARE(records.at(1)[QStringLiteral("passed")].toBool(), true);

        // warn (the default): the export goes out, saying why it should not.
        CliResult exported = exportBundle();
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.err.contains("pack comms failed its scan: high twilio-auth-token at "
                                       "comms/notify_sms/SKILL.md:7"),
                 exported.err.constData());
        // enforced: refused, naming the pack and its worst finding; finance alone still goes.
        QCOMPARE(cli({"settings", "set", "scan.gate", "enforced"}).exitCode, 0);
        exported = exportBundle();
        QCOMPARE(exported.exitCode, 6);
        QVERIFY(exported.err.contains("pack comms failed its scan: high twilio-auth-token"));
        QCOMPARE(exportBundle({"--action", "finance/mica_module"}).exitCode, 0);
        // off: nothing.
        QCOMPARE(cli({"settings", "set", "scan.gate", "off"}).exitCode, 0);
        exported = exportBundle();
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(!exported.err.contains("scan"));
        QCOMPARE(cli({"settings", "set", "scan.gate", "wide-open"}).exitCode, 2);

        // The audit log has the verdicts and the refusal, never the token.
        const CliResult audit = cli({"audit", "list", "--json"});
        QVERIFY(!audit.out.contains("f3c8a9d2"));
        int scans = 0;
        int blocks = 0;
        for (const QJsonValue& event : QJsonDocument::fromJson(audit.out).array()) {
            const QString action = event[QStringLiteral("action")].toString();
            if (action == QLatin1String("skill.scanned")) {
                ++scans;
                QVERIFY(event[QStringLiteral("details")][QStringLiteral("decision")].isString());
                QVERIFY(event[QStringLiteral("details")][QStringLiteral("counts")].isObject());
            }
            if (action == QLatin1String("skill.blocked")) {
                ++blocks;
                QCOMPARE(event[QStringLiteral("target")].toString(), QStringLiteral("comms"));
                QCOMPARE(event[QStringLiteral("outcome")].toString(), QStringLiteral("denied"));
            }
        }
        QCOMPARE(scans, 2);
        QCOMPARE(blocks, 1);

        // scan.max-severity: high findings pass when high is allowed.
        QCOMPARE(cli({"settings", "set", "scan.gate", "enforced"}).exitCode, 0);
        QCOMPARE(cli({"settings", "set", "scan.max-severity", "high"}).exitCode, 0);
        QCOMPARE(cli({"scan", "--pack", "comms"}).exitCode, 6); // still a finding: exit 6
        QCOMPARE(exportBundle().exitCode, 0);                   // but the pack passes

        // scan.required: a changed pack, a pack never scanned, a scan too old all fail.
        QCOMPARE(cli({"settings", "set", "scan.required", "true"}).exitCode, 0);
        QCOMPARE(exportBundle().exitCode, 0);
        write(packs + QStringLiteral("/finance/mica_module/helper.py"), "print('changed')\n");
        exported = exportBundle();
        QCOMPARE(exported.exitCode, 6);
        QVERIFY2(exported.err.contains("pack finance changed since its scan"),
                 exported.err.constData());
        QCOMPARE(cli({"scan", "--pack", "finance"}).exitCode, 0);
        QCOMPARE(exportBundle().exitCode, 0);
        QCOMPARE(cli({"action", "add", "newpack/act"}).exitCode, 0);
        QCOMPARE(cli({"action", "declare", "newpack/act", "OPENAI_API_KEY"}).exitCode, 0);
        QCOMPARE(cli({"grant", "bot", "newpack/act"}).exitCode, 0);
        exported = exportBundle();
        QCOMPARE(exported.exitCode, 6);
        QVERIFY(exported.err.contains("pack newpack was never scanned"));
        QCOMPARE(exportBundle({"--action", "finance/mica_module"}).exitCode, 0);
        QCOMPARE(cli({"settings", "set", "scan.max-age", "1s"}).exitCode, 0);
        QThread::msleep(2100);
        exported = exportBundle({"--action", "finance/mica_module"});
        QCOMPARE(exported.exitCode, 6);
        QVERIFY(
            exported.err.contains("pack finance was last scanned longer ago than scan.max-age"));

        // --pack needs a pack that was scanned, and no DIR.
        QCOMPARE(cli({"scan", "--pack", "nosuch"}).exitCode, 4);
        QCOMPARE(cli({"scan", packs, "--pack", "comms"}).exitCode, 2);
    }

    void linksBinaryOversizedAndSpecialFilesAreSkipped()
    {
        const QString pack = dir(QStringLiteral("walk"));
        const QString outside = dir(QStringLiteral("outside"));
        write(outside + QStringLiteral("/creds.txt"), m_planted.at(0).line);
        write(pack + QStringLiteral("/ok.md"), "nothing here\n");
        QDir().mkpath(pack + QStringLiteral("/.git"));
        write(pack + QStringLiteral("/.git/config"), m_planted.at(1).line);
        QVERIFY(QFile::link(outside + QStringLiteral("/creds.txt"),
                            pack + QStringLiteral("/link.txt")));
        QVERIFY(QFile::link(outside, pack + QStringLiteral("/linked-dir")));
        write(pack + QStringLiteral("/blob.bin"), QByteArray("\0\1\2", 3) + m_planted.at(2).line);
        write(pack + QStringLiteral("/huge.log"),
              QByteArray(11 * 1024 * 1024, 'a') + "\n" + m_planted.at(3).line);
        QVERIFY(::mkfifo(QFile::encodeName(pack + QStringLiteral("/pipe")).constData(), 0600) == 0);
        const CliResult result = scan({pack, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject report = parse(result);
        QCOMPARE(report.value(QStringLiteral("findings")).toArray().size(), 0);
        QCOMPARE(report.value(QStringLiteral("filesScanned")).toInt(), 1);
        const QJsonObject skipped = report.value(QStringLiteral("skipped")).toObject();
        QCOMPARE(skipped.value(QStringLiteral("links")).toInt(), 2);
        QCOMPARE(skipped.value(QStringLiteral("binary")).toInt(), 1);
        QCOMPARE(skipped.value(QStringLiteral("tooLarge")).toInt(), 1);
        QCOMPARE(skipped.value(QStringLiteral("special")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliScan)
#include "tst_cli_scan.moc"
