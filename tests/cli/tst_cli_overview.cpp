// The vault overview through the real CLI (#18, the Overview the window shows): counts, an
// agent's coverage gap, a bundle that went stale, a rotation that is late and the newest
// audit events, and never a value.
#include "TestHelpers.h"
#include "TestVault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace scopevault::test;

class TestCliOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyVaultHasNothingToDecide()
    {
        const TestVault vault;
        const CliResult result = vault.cli().vault({"overview", "--json"});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject overview = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(overview.value("secrets").toInt(), 0);
        QVERIFY(overview.value("gaps").toArray().isEmpty());
        QVERIFY(overview.value("bundles").toArray().isEmpty());
        QVERIFY(overview.value("rotation").toArray().isEmpty());
        // Creating the vault is itself on the log.
        QVERIFY(!overview.value("latest").toArray().isEmpty());
    }

    void gapsStaleBundlesLateRotationAndActivity()
    {
        const TestVault vault;
        vault.set(QStringLiteral("pay/charge:STRIPE_KEY"), "sk_overview_value_1");
        vault.set(QStringLiteral("system:LEGACY"), "legacy_overview_value");
        QCOMPARE(vault.cli().vault({"action", "declare", "pay/charge", "STRIPE_KEY"}).exitCode, 0);
        QCOMPARE(vault.cli().vault({"action", "add", "mail/send"}).exitCode, 0);
        QCOMPARE(vault.cli().vault({"action", "declare", "mail/send", "SMTP_PASSWORD"}).exitCode,
                 0);
        for (const char* agent : {"alice", "bob"}) {
            QCOMPARE(vault.cli()
                         .vault({"agent", "add", agent, "--public-key", newAgentPublicKey()})
                         .exitCode,
                     0);
        }
        QCOMPARE(vault.cli().vault({"grant", "alice", "pay/charge"}).exitCode, 0);
        QCOMPARE(vault.cli().vault({"grant", "bob", "mail/send"}).exitCode, 0);
        QCOMPARE(vault.cli()
                     .vault({"export", "alice", "--out", vault.dirPath() + "/alice.svb",
                             "--expires", "2d"})
                     .exitCode,
                 0);
        vault.set(QStringLiteral("pay/charge:STRIPE_KEY"), "sk_overview_value_2");
        const QString past = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        QCOMPARE(
            vault.cli().vault({"rotation", "set", "system:LEGACY", "--expires", past}).exitCode, 0);
        QCOMPARE(vault.cli().vault({"agent", "suspend", "bob"}).exitCode, 0);

        CliResult result = vault.cli().vault({"overview", "--json"});
        QCOMPARE(result.exitCode, 0);
        QJsonObject overview = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(overview.value("secrets").toInt(), 2);
        QCOMPARE(overview.value("packs").toInt(), 2);
        QCOMPARE(overview.value("actions").toInt(), 2);
        QCOMPARE(overview.value("activeAgents").toInt(), 1);
        QCOMPARE(overview.value("suspendedAgents").toInt(), 1);
        QCOMPARE(overview.value("liveGrants").toInt(), 2);
        QCOMPARE(overview.value("validBundles").toInt(), 1);
        // bob's gap does not count while he is suspended: he receives nothing.
        QVERIFY(overview.value("gaps").toArray().isEmpty());
        const QJsonArray bundles = overview.value("bundles").toArray();
        QCOMPARE(bundles.size(), 1);
        QCOMPARE(bundles.at(0).toObject().value("agent").toString(), QStringLiteral("alice"));
        QCOMPARE(bundles.at(0).toObject().value("changedSince").toArray().at(0).toString(),
                 QStringLiteral("pay/charge:STRIPE_KEY"));
        const QJsonArray rotation = overview.value("rotation").toArray();
        QCOMPARE(rotation.size(), 1);
        QCOMPARE(rotation.at(0).toObject().value("status").toString(), QStringLiteral("expired"));
        const QJsonArray latest = overview.value("latest").toArray();
        QCOMPARE(latest.size(), 8);
        QCOMPARE(latest.at(0).toObject().value("action").toString(),
                 QStringLiteral("agent.suspended"));

        QCOMPARE(vault.cli().vault({"agent", "resume", "bob"}).exitCode, 0);
        result = vault.cli().vault({"overview"});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("bob: mail/send:SMTP_PASSWORD"), result.out.constData());
        QVERIFY(result.out.contains("stale: pay/charge:STRIPE_KEY"));
        QVERIFY(result.out.contains("expired system:LEGACY"));
        QVERIFY(!result.out.contains("overview_value"));
        QVERIFY(!result.err.contains("overview_value"));
    }
};

QTEST_GUILESS_MAIN(TestCliOverview)
#include "tst_cli_overview.moc"
