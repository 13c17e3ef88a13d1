// Scopes, agents, grants, coverage and imports through the real scopevault-cli.
#include "TestHelpers.h"
#include "TestVault.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QThread>
#include <QtTest>

using namespace scopevault::test;

namespace {

QString fixtures()
{
    return qEnvironmentVariable("SCOPEVAULT_FIXTURES");
}

QJsonObject json(const CliResult& result)
{
    return QJsonDocument::fromJson(result.out).object();
}

// The state coverage --json gives NAME in ACTION.
QString stateOf(const QJsonObject& report, const QString& action, const QString& name)
{
    for (const QJsonValue& item : report.value(QStringLiteral("items")).toArray()) {
        if (item[QStringLiteral("action")].toString() == action &&
            item[QStringLiteral("name")].toString() == name) {
            return item[QStringLiteral("state")].toString();
        }
    }
    return QStringLiteral("(absent)");
}

} // namespace

class TestCliScopes : public QObject
{
    Q_OBJECT

private:
    static CliResult run(const TestVault& vault, const QStringList& args, const QByteArray& in = {})
    {
        return vault.cli().vault(args, in);
    }

private Q_SLOTS:
    void coverageOfTheFixturePacks()
    {
        TestVault vault;
        const CliResult imported =
            run(vault, {"import", "skillpack", fixtures() + QStringLiteral("/skillpacks")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY(imported.err.contains("SKILL.md:7"));
        QVERIFY(!imported.err.contains("f3c8a9d2")); // the leaked value is never echoed
        CliResult coverage = run(vault, {"coverage", "finance/wallet_screening", "--json"});
        QCOMPARE(coverage.exitCode, 6);
        QCOMPARE(stateOf(json(coverage), "finance/wallet_screening", "ETHERSCAN_API_KEY"),
                 QStringLiteral("missing (required)"));
        QCOMPARE(stateOf(json(coverage), "finance/wallet_screening", "CHAINALYSIS_API_KEY"),
                 QStringLiteral("missing (optional)"));
        vault.set("system:ETHERSCAN_API_KEY", "etherscan-value");
        coverage = run(vault, {"coverage", "finance/wallet_screening", "--json"});
        QCOMPARE(coverage.exitCode, 0);
        QCOMPARE(stateOf(json(coverage), "finance/wallet_screening", "ETHERSCAN_API_KEY"),
                 QStringLiteral("resolved"));
        // A pack-level value shadows the system one for that pack's actions.
        vault.set("finance:ETHERSCAN_API_KEY", "finance-value");
        const CliResult resolve = run(vault, {"resolve", "finance/mica_module", "--json"});
        QCOMPARE(resolve.exitCode, 0);
        QVERIFY(!resolve.out.contains("value"));
        const QJsonArray secrets = json(resolve).value(QStringLiteral("secrets")).toArray();
        QCOMPARE(secrets.size(), 2);
        QCOMPARE(secrets[0][QStringLiteral("name")].toString(),
                 QStringLiteral("ETHERSCAN_API_KEY"));
        QCOMPARE(secrets[0][QStringLiteral("scope")].toString(), QStringLiteral("finance"));
        QCOMPARE(secrets[0][QStringLiteral("shadows")].toArray().at(0).toString(),
                 QStringLiteral("system"));
        const CliResult pii = run(vault, {"coverage", "comms/pii_masker"});
        QCOMPARE(pii.exitCode, 0);
        QVERIFY(pii.out.contains("declares nothing"));
    }

    void agentsGrantsExpiryAndStatus()
    {
        TestVault vault;
        QCOMPARE(run(vault, {"import", "skillpack", fixtures() + QStringLiteral("/skillpacks")})
                     .exitCode,
                 0);
        vault.set("system:ETHERSCAN_API_KEY", "etherscan-value");
        QCOMPARE(run(vault, {"agent", "add", "screener", "--public-key", newAgentPublicKey(),
                             "--description", "risk bot"})
                     .exitCode,
                 0);
        const CliResult badKey = run(vault, {"agent", "add", "x", "--public-key", "bm90IGEga2V5"});
        QCOMPARE(badKey.exitCode, 2);
        QVERIFY(badKey.err.contains("32"));
        QCOMPARE(run(vault, {"agent", "add", "y", "--public-key", "***"}).exitCode, 2);

        QCOMPARE(
            run(vault, {"coverage", "finance/wallet_screening", "--agent", "screener"}).exitCode,
            6);
        const QString soon = QDateTime::currentDateTimeUtc().addSecs(3).toString(Qt::ISODateWithMs);
        const CliResult grant =
            run(vault, {"grant", "screener", "finance/wallet_screening", "--until", soon});
        QVERIFY2(grant.exitCode == 0, grant.err.constData());
        QCOMPARE(
            run(vault, {"coverage", "finance/wallet_screening", "--agent", "screener"}).exitCode,
            0);
        const CliResult granted =
            run(vault, {"resolve", "finance/wallet_screening", "--agent", "screener", "--json"});
        QCOMPARE(granted.exitCode, 0);
        QCOMPARE(json(granted).value(QStringLiteral("secrets")).toArray().size(), 1);
        QCOMPARE(run(vault, {"resolve", "finance/mica_module", "--agent", "screener"}).exitCode, 6);

        QCOMPARE(run(vault, {"agent", "suspend", "screener"}).exitCode, 0);
        QCOMPARE(
            run(vault, {"coverage", "finance/wallet_screening", "--agent", "screener"}).exitCode,
            6);
        QCOMPARE(run(vault, {"agent", "resume", "screener"}).exitCode, 0);
        QCOMPARE(
            run(vault, {"coverage", "finance/wallet_screening", "--agent", "screener"}).exitCode,
            0);

        QThread::msleep(3500); // the grant expires
        const CliResult expired =
            run(vault, {"resolve", "finance/wallet_screening", "--agent", "screener"});
        QCOMPARE(expired.exitCode, 6);
        QVERIFY(expired.out.contains("expired"));
        QVERIFY(run(vault, {"grants", "--agent", "screener"}).out.contains("expired"));

        const CliResult system = run(vault, {"grant", "screener", "system"});
        QCOMPARE(system.exitCode, 0);
        QVERIFY(system.err.contains("broadest"));
        QCOMPARE(
            run(vault, {"coverage", "finance/wallet_screening", "--agent", "screener"}).exitCode,
            0);
        QCOMPARE(run(vault, {"revoke-grant", "screener", "system"}).exitCode, 0);
        QCOMPARE(run(vault, {"revoke-grant", "screener", "system"}).exitCode, 4);

        QCOMPARE(run(vault, {"grant", "screener", "finance"}).exitCode, 0);
        QCOMPARE(run(vault, {"agent", "revoke", "screener"}).exitCode, 2); // no terminal, no --yes
        QCOMPARE(run(vault, {"agent", "revoke", "screener", "--yes"}).exitCode, 0);
        QCOMPARE(run(vault, {"coverage", "finance", "--agent", "screener"}).exitCode, 6);
        QCOMPARE(run(vault, {"agent", "resume", "screener"}).exitCode, 6);
        const CliResult show = run(vault, {"agent", "show", "screener", "--json"});
        QCOMPARE(json(show).value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
        QCOMPARE(json(show).value(QStringLiteral("description")).toString(),
                 QStringLiteral("risk bot"));
    }

    void packDeletionAndRename()
    {
        TestVault vault;
        vault.set("pay/charge:KEY", "k");
        QCOMPARE(run(vault, {"agent", "add", "bot", "--public-key", newAgentPublicKey()}).exitCode,
                 0);
        QCOMPARE(run(vault, {"grant", "bot", "pay/charge"}).exitCode, 0);
        const CliResult refused = run(vault, {"pack", "rm", "pay"});
        QCOMPARE(refused.exitCode, 6);
        QVERIFY(refused.err.contains("pay/charge:KEY"));
        QVERIFY(refused.err.contains("bot -> pay/charge"));
        // The core says what is wrong; the CLI words the remedy with its own option.
        QVERIFY(refused.err.contains("'pay' is still used by:"));
        QVERIFY(refused.err.contains("use --force to delete them with it"));
        // In German, both parts are German; exit code and dependents are the same.
        QProcessEnvironment german;
        german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        const CliResult deutsch = vault.cli().run({"--vault", vault.path(), "--passphrase-file",
                                                   vault.passphraseFile(), "pack", "rm", "pay"},
                                                  {}, german);
        QCOMPARE(deutsch.exitCode, 6);
        QVERIFY2(deutsch.err.contains("„pay“ wird noch verwendet von:"), deutsch.err.constData());
        QVERIFY(deutsch.err.contains("Geheimnis pay/charge:KEY"));
        QVERIFY(deutsch.err.contains("löschen Sie sie mit --force mit"));
        QCOMPARE(run(vault, {"pack", "rename", "pay", "payments"}).exitCode, 0);
        QCOMPARE(run(vault, {"get", "payments/charge:KEY"}).out, QByteArray("k"));
        QVERIFY(run(vault, {"grants"}).out.contains("bot -> payments/charge"));
        QCOMPARE(run(vault, {"pack", "rm", "payments", "--force"}).exitCode, 0);
        QCOMPARE(run(vault, {"get", "payments/charge:KEY"}).exitCode, 4);
        QCOMPARE(run(vault, {"pack", "list", "--json"}).out.trimmed(), QByteArray("[]"));
    }

    void dotenvImports()
    {
        TestVault vault;
        const QString dir = fixtures() + QStringLiteral("/dotenv/");
        const CliResult dry =
            run(vault, {"import", "dotenv", dir + "basic.env", "--scope", "system", "--dry-run"});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY(dry.out.contains("add       system:MULTILINE"));
        QVERIFY(!dry.out.contains("sk-test"));
        QCOMPARE(run(vault, {"list", "--json"}).out.trimmed(), QByteArray("[]"));

        const CliResult basic =
            run(vault, {"import", "dotenv", dir + "basic.env", "--scope", "system"});
        QCOMPARE(basic.exitCode, 0);
        QCOMPARE(run(vault, {"get", "system:DOUBLE"}).out,
                 QByteArray("double \"quoted\" with \\ backslash"));
        QCOMPARE(run(vault, {"get", "system:MULTILINE"}).out, QByteArray("line one\nline two"));

        const CliResult malformed =
            run(vault, {"import", "dotenv", dir + "malformed.env", "--scope", "finance"});
        QCOMPARE(malformed.exitCode, 7);
        for (const char* line :
             {"malformed.env:2:", "malformed.env:3:", "malformed.env:4:", "malformed.env:5:"}) {
            QVERIFY2(malformed.err.contains(line), line);
        }
        QVERIFY(!malformed.err.contains("malformed.env:6:"));
        QCOMPARE(run(vault, {"get", "finance:LAST"}).out, QByteArray("2"));

        const CliResult bom =
            run(vault, {"import", "dotenv", dir + "bom-crlf.env", "--scope", "comms"});
        QCOMPARE(bom.exitCode, 0);
        QCOMPARE(run(vault, {"get", "comms:BOM_FIRST"}).out, QByteArray("yes"));
        QCOMPARE(run(vault, {"get", "comms:CRLF_VALUE"}).out, QByteArray("crlf"));

        // AbstractCore's openai key differs from the .env one: skipped unless --overwrite.
        const QString config = fixtures() + QStringLiteral("/abstractcore/abstractcore.json");
        const CliResult abstractcore =
            run(vault, {"import", "abstractcore", config, "--scope", "system"});
        QCOMPARE(abstractcore.exitCode, 7);
        QVERIFY(abstractcore.err.contains("api_keys.openrouter skipped: null"));
        QVERIFY(abstractcore.err.contains("api_keys.portkey skipped: empty"));
        QVERIFY(abstractcore.out.contains("skip      system:OPENAI_API_KEY"));
        QCOMPARE(run(vault, {"get", "system:OPENAI_API_KEY"}).out,
                 QByteArray("sk-test-0000000000000000000000000000000000000000"));
        QCOMPARE(run(vault, {"get", "system:GOOGLE_API_KEY"}).out,
                 QByteArray("AIza-test-0000000000000000000"));
        const CliResult overwrite =
            run(vault, {"import", "abstractcore", config, "--scope", "system", "--overwrite"});
        QCOMPARE(overwrite.exitCode, 7); // still: null and empty entries were skipped
        QCOMPARE(run(vault, {"get", "system:OPENAI_API_KEY"}).out,
                 QByteArray("sk-test-openai-000000000000"));
        const CliResult list = run(vault, {"list", "system", "--json"});
        for (const QJsonValue& each : QJsonDocument::fromJson(list.out).array()) {
            if (each[QStringLiteral("name")] == QStringLiteral("OPENAI_API_KEY")) {
                QCOMPARE(each[QStringLiteral("version")].toInt(), 2);
            }
        }
        QCOMPARE(run(vault, {"import", "dotenv", dir + "basic.env"}).exitCode, 2); // no --scope
        QCOMPARE(run(vault, {"import", "dotenv", dir + "absent.env", "--scope", "system"}).exitCode,
                 1);
    }

    void hermesProfilesStayIsolated()
    {
        TestVault vault;
        const QString profiles = fixtures() + QStringLiteral("/hermes/profiles/");
        for (const char* profile : {"alice", "bob"}) {
            const QString scope = QStringLiteral("hermes/%1").arg(QString::fromLatin1(profile));
            QCOMPARE(
                run(vault, {"import", "dotenv", profiles + profile + "/.env", "--scope", scope})
                    .exitCode,
                0);
            QCOMPARE(run(vault, {"action", "declare", scope, "OPENAI_API_KEY"}).exitCode, 0);
        }
        QCOMPARE(run(vault, {"get", "hermes/alice:OPENAI_API_KEY"}).out,
                 QByteArray("sk-alice-test-0000"));
        QCOMPARE(run(vault, {"get", "hermes/bob:OPENAI_API_KEY"}).out,
                 QByteArray("sk-bob-test-0000"));
        QCOMPARE(
            run(vault, {"agent", "add", "alice-gw", "--public-key", newAgentPublicKey()}).exitCode,
            0);
        QCOMPARE(run(vault, {"grant", "alice-gw", "hermes/alice"}).exitCode, 0);
        const CliResult alice =
            run(vault, {"resolve", "hermes/alice", "--agent", "alice-gw", "--json"});
        QCOMPARE(alice.exitCode, 0);
        const QJsonArray secrets = json(alice).value(QStringLiteral("secrets")).toArray();
        QCOMPARE(secrets.size(), 1);
        QCOMPARE(secrets[0][QStringLiteral("scope")].toString(), QStringLiteral("hermes/alice"));
        QCOMPARE(run(vault, {"resolve", "hermes/bob", "--agent", "alice-gw"}).exitCode, 6);
        // Bob's Discord token is not part of Alice's action at all.
        QVERIFY(!run(vault, {"resolve", "hermes/alice"}).out.contains("DISCORD"));
    }
};

QTEST_GUILESS_MAIN(TestCliScopes)
#include "tst_cli_scopes.moc"
