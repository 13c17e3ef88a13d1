// Versions, rollback, rotation policies, the schedule, rotate with the generator and stale
// bundles, through the real CLI on a real file (#16). Dates: expiry dates in the past and the
// future, and short intervals that pass while the test waits.
#include "TestHelpers.h"
#include "TestVault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QtTest>

using namespace scopevault::test;

namespace {

QJsonArray jsonArray(const CliResult& result)
{
    return QJsonDocument::fromJson(result.out).array();
}

QJsonObject rowOf(const QJsonArray& rows, const QString& key, const QString& value)
{
    for (const QJsonValue& row : rows) {
        if (row.toObject().value(key).toString() == value) {
            return row.toObject();
        }
    }
    return {};
}

QByteArray valueOf(const TestVault& vault, const QStringList& arguments)
{
    const CliResult result = vault.cli().vault(arguments);
    return result.exitCode == 0 ? result.out
                                : QByteArray("exit ") + QByteArray::number(result.exitCode);
}

// An agent granted pay/charge, which declares STRIPE_KEY, and a bundle exported for it.
void exportFor(const TestVault& vault, const QString& agent)
{
    QCOMPARE(
        vault.cli().vault({"agent", "add", agent, "--public-key", newAgentPublicKey()}).exitCode,
        0);
    QCOMPARE(vault.cli().vault({"grant", agent, "pay/charge"}).exitCode, 0);
    QCOMPARE(vault.cli()
                 .vault({"export", agent, "--out",
                         vault.dirPath() + QLatin1Char('/') + agent + QStringLiteral(".svb")})
                 .exitCode,
             0);
}

// pay/charge:STRIPE_KEY expires in five days (due), system:LEGACY expired in 2020.
void policiesDueSoonAndExpired(const TestVault& vault)
{
    const QString soon = QDate::currentDate().addDays(5).toString(Qt::ISODate);
    QCOMPARE(
        vault.cli().vault({"rotation", "set", "pay/charge:STRIPE_KEY", "--expires", soon}).exitCode,
        0);
    QCOMPARE(
        vault.cli().vault({"rotation", "set", "system:LEGACY", "--expires", "2020-01-31"}).exitCode,
        0);
}

} // namespace

class TestCliRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void historyKeepsEveryValueAndShowsNone()
    {
        const TestVault vault;
        vault.set(QStringLiteral("system:TOKEN"), "value-one");
        vault.set(QStringLiteral("system:TOKEN"), "value-two");
        vault.set(QStringLiteral("system:TOKEN"), "value-three");
        const CliResult history = vault.cli().vault({"history", "system:TOKEN"});
        QCOMPARE(history.exitCode, 0);
        QVERIFY(!history.out.contains("value-"));
        QVERIFY2(history.out.contains("created") && history.out.contains("set, current"),
                 history.out.constData());
        const QJsonArray rows = jsonArray(vault.cli().vault({"history", "system:TOKEN", "--json"}));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toObject().value("version").toInt(), 3);
        QVERIFY(rows.at(0).toObject().value("current").toBool());
        QCOMPARE(rows.at(2).toObject().value("how").toString(), QStringLiteral("created"));
        QVERIFY(rows.at(2).toObject().value("actor").toString().startsWith("admin:"));

        QCOMPARE(valueOf(vault, {"get", "system:TOKEN", "--version", "1"}),
                 QByteArray("value-one"));
        QCOMPARE(valueOf(vault, {"get", "system:TOKEN", "--version", "3"}),
                 QByteArray("value-three"));
        const CliResult missing = vault.cli().vault({"get", "system:TOKEN", "--version", "9"});
        QCOMPARE(missing.exitCode, 4);
        QVERIFY(missing.err.contains("no version 9"));
        QCOMPARE(vault.cli().vault({"get", "system:TOKEN", "--version", "x"}).exitCode, 2);

        // The old read is audited like get, naming the version read.
        const CliResult reads =
            vault.cli().vault({"audit", "list", "--action", "secret.read", "--json"});
        QVERIFY2(reads.out.contains("\"version\":1"), reads.out.constData());
        QVERIFY(!vault.diskBytes().contains("value-one"));
    }

    void rollbackMakesANewVersionWithTheOldValue()
    {
        const TestVault vault;
        vault.set(QStringLiteral("system:DB"), "first");
        vault.set(QStringLiteral("system:DB"), "second");
        const CliResult rolled = vault.cli().vault({"rollback", "system:DB", "--to", "1"});
        QCOMPARE(rolled.exitCode, 0);
        QVERIFY(rolled.out.contains("version 3"));
        QCOMPARE(valueOf(vault, {"get", "system:DB"}), QByteArray("first"));
        const QJsonArray rows = jsonArray(vault.cli().vault({"history", "system:DB", "--json"}));
        QCOMPARE(rows.at(0).toObject().value("how").toString(), QStringLiteral("rollback"));
        QCOMPARE(rows.at(0).toObject().value("from").toInt(), 1);
        QCOMPARE(vault.cli().vault({"rollback", "system:DB", "--to", "3"}).exitCode, 2);
        QCOMPARE(vault.cli().vault({"rollback", "system:DB"}).exitCode, 2);
        const CliResult events =
            vault.cli().vault({"audit", "list", "--action", "secret.rolled-back", "--json"});
        QVERIFY2(events.out.contains("\"from\":1") && events.out.contains("previousValueTag"),
                 events.out.constData());
    }

    void importOverwriteAndMoveKeepHistory()
    {
        const TestVault vault;
        vault.set(QStringLiteral("pay:API_KEY"), "before-import");
        const QString env = vault.writeFile(QStringLiteral(".env"), "API_KEY=after-import\n");
        QCOMPARE(
            vault.cli().vault({"import", "dotenv", env, "--scope", "pay", "--overwrite"}).exitCode,
            0);
        QJsonArray rows = jsonArray(vault.cli().vault({"history", "pay:API_KEY", "--json"}));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value("how").toString(), QStringLiteral("import"));
        QCOMPARE(valueOf(vault, {"get", "pay:API_KEY", "--version", "1"}),
                 QByteArray("before-import"));

        // A pack rename moves the secret (new record id): its history follows.
        QCOMPARE(vault.cli().vault({"pack", "rename", "pay", "billing"}).exitCode, 0);
        rows = jsonArray(vault.cli().vault({"history", "billing:API_KEY", "--json"}));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(valueOf(vault, {"get", "billing:API_KEY", "--version", "1"}),
                 QByteArray("before-import"));
        // Deleting the secret deletes its history: a new one starts at version 1.
        QCOMPARE(vault.cli().vault({"rm", "billing:API_KEY"}).exitCode, 0);
        vault.set(QStringLiteral("billing:API_KEY"), "fresh");
        rows = jsonArray(vault.cli().vault({"history", "billing:API_KEY", "--json"}));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(vault.cli().vault({"verify"}).exitCode, 0);
    }

    void retentionDropsOldValuesButKeepsTheEntries()
    {
        const TestVault vault;
        QCOMPARE(vault.cli().vault({"settings", "set", "history.retention", "2"}).exitCode, 0);
        QCOMPARE(vault.cli().vault({"settings", "set", "history.retention", "-1"}).exitCode, 2);
        for (int i = 1; i <= 5; ++i) {
            vault.set(QStringLiteral("system:K"), "v" + QByteArray::number(i));
        }
        const QJsonArray rows = jsonArray(vault.cli().vault({"history", "system:K", "--json"}));
        QCOMPARE(rows.size(), 5);
        QVERIFY(rows.at(1).toObject().value("valueKept").toBool());  // version 4
        QVERIFY(rows.at(2).toObject().value("valueKept").toBool());  // version 3
        QVERIFY(!rows.at(3).toObject().value("valueKept").toBool()); // version 2
        QCOMPARE(valueOf(vault, {"get", "system:K", "--version", "3"}), QByteArray("v3"));
        const CliResult dropped = vault.cli().vault({"get", "system:K", "--version", "2"});
        QCOMPARE(dropped.exitCode, 4);
        QVERIFY(dropped.err.contains("no longer kept"));
        QCOMPARE(vault.cli().vault({"settings", "set", "history.retention", "0"}).exitCode, 0);
        for (int i = 6; i <= 30; ++i) {
            vault.set(QStringLiteral("system:K"), "v" + QByteArray::number(i));
        }
        QCOMPARE(valueOf(vault, {"get", "system:K", "--version", "6"}), QByteArray("v6"));
    }

    void historyRowsAreCoveredByTheCommitment()
    {
        const TestVault vault;
        vault.set(QStringLiteral("system:K"), "old");
        vault.set(QStringLiteral("system:K"), "new");
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     {vault.path(), QStringLiteral(".mode insert secret_versions"),
                      QStringLiteral("SELECT * FROM secret_versions WHERE version = 2")});
        QVERIFY(sqlite.waitForFinished());
        const QByteArray saved = sqlite.readAllStandardOutput();
        QVERIFY(saved.contains("INSERT"));
        vault.set(QStringLiteral("system:K"), "newer");

        // Replayed: version 2's row as it was while current (its value was in the secret then).
        runSqlite(vault.path(), QStringLiteral("DELETE FROM secret_versions WHERE version = 2; ") +
                                    QString::fromUtf8(saved));
        CliResult result = vault.cli().vault({"history", "system:K"});
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.err.contains("secret_versions"), result.err.constData());
        QCOMPARE(vault.cli().vault({"verify"}).exitCode, 5);

        // Deleted: refused like any row.
        runSqlite(vault.path(), QStringLiteral("DELETE FROM secret_versions WHERE version <= 2"));
        result = vault.cli().vault({"get", "system:K", "--version", "1"});
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.err.contains("missing"), result.err.constData());
    }

    void policiesScheduleAndExitCodes()
    {
        const TestVault vault;
        vault.set(QStringLiteral("pay/charge:STRIPE_KEY"), "sk_1");
        vault.set(QStringLiteral("pay:WEBHOOK"), "wh_1");
        vault.set(QStringLiteral("system:LEGACY"), "l_1");
        vault.set(QStringLiteral("system:FREE"), "f_1");
        // No policy: nothing listed, exit 0.
        CliResult list = vault.cli().vault({"rotation", "list"});
        QCOMPARE(list.exitCode, 0);

        const QString future = QDate::currentDate().addDays(200).toString(Qt::ISODate);
        QCOMPARE(vault.cli().vault({"rotation", "set", "pay", "--expires", future}).exitCode, 0);
        policiesDueSoonAndExpired(vault);
        QJsonArray rows = jsonArray(vault.cli().vault({"rotation", "list", "--json"}));
        QCOMPARE(rows.size(), 3); // system:FREE has none
        QCOMPARE(rows.at(0).toObject().value("reference").toString(),
                 QStringLiteral("system:LEGACY"));
        QCOMPARE(rows.at(0).toObject().value("status").toString(), QStringLiteral("expired"));
        QCOMPARE(rowOf(rows, "reference", "pay/charge:STRIPE_KEY").value("status").toString(),
                 QStringLiteral("due"));
        const QJsonObject inherited = rowOf(rows, "reference", "pay:WEBHOOK");
        QCOMPARE(inherited.value("status").toString(), QStringLiteral("ok"));
        QCOMPARE(inherited.value("policy").toObject().value("inheritedFrom").toString(),
                 QStringLiteral("pay"));
        const CliResult table = vault.cli().vault({"rotation", "list"});
        QCOMPARE(table.exitCode, 6);
        // The table: a header, then one row per secret in due order, columns aligned.
        const QList<QByteArray> lines = table.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith("REFERENCE              STATUS   DUE"));
        QVERIFY2(lines.at(1).startsWith("system:LEGACY          expired  2020-01-31T23:59:59Z"),
                 lines.at(1).constData());
        const QByteArray webhook = lines.at(3);
        QVERIFY2(webhook.startsWith("pay:WEBHOOK            ok       "), webhook.constData());
        QVERIFY2(webhook.endsWith("expires " + future.toUtf8() + " (from pay)"),
                 webhook.constData());
        rows = jsonArray(vault.cli().vault({"rotation", "list", "--status", "due", "--json"}));
        QCOMPARE(rows.size(), 1);
        rows = jsonArray(vault.cli().vault({"rotation", "list", "--due-within", "30d", "--json"}));
        QCOMPARE(rows.size(), 2);

        // Clearing the expired one: nothing late remains, exit 0.
        QCOMPARE(vault.cli().vault({"rotation", "clear", "system:LEGACY"}).exitCode, 0);
        QCOMPARE(vault.cli().vault({"rotation", "clear", "system:LEGACY"}).exitCode, 4);
        QCOMPARE(vault.cli().vault({"rotation", "list"}).exitCode, 0);

        // An interval that passes while the test waits: ok, then overdue.
        QCOMPARE(vault.cli()
                     .vault({"rotation", "set", "system:FREE", "--every", "3s", "--warn", "1s"})
                     .exitCode,
                 0);
        QCOMPARE(rowOf(jsonArray(vault.cli().vault({"rotation", "list", "--json"})), "reference",
                       "system:FREE")
                     .value("status")
                     .toString(),
                 QStringLiteral("ok"));
        QThread::sleep(4);
        list = vault.cli().vault({"rotation", "list", "--status", "overdue"});
        QCOMPARE(list.exitCode, 6);
        QVERIFY2(list.out.contains("system:FREE"), list.out.constData());

        // Bad input: named, nothing stored.
        QCOMPARE(vault.cli().vault({"rotation", "set", "system:NOPE", "--every", "90d"}).exitCode,
                 4);
        QCOMPARE(vault.cli().vault({"rotation", "set", "system:FREE"}).exitCode, 0); // keeps
        QCOMPARE(vault.cli()
                     .vault({"rotation", "set", "pay", "--every", "10d", "--warn", "10d"})
                     .exitCode,
                 2);
        const CliResult badDate =
            vault.cli().vault({"rotation", "set", "pay", "--expires", "2027-02-30"});
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY(badDate.err.contains("--expires"));
        QCOMPARE(vault.cli().vault({"rotation", "list", "--status", "late"}).exitCode, 2);
        const CliResult events =
            vault.cli().vault({"audit", "list", "--kind", "catalog", "--json"});
        QVERIFY(events.out.contains("rotation.policy-set"));
        QVERIFY(events.out.contains("rotation.policy-cleared"));
    }

    // Policies on secrets alone: the schedule opens only those secrets' records (found by
    // their lookup tags). It must still say what the full listing says, and a row the vault
    // did not commit to stops it even when that secret has no policy.
    void policiesOnSecretsAloneAndAReplayedRow()
    {
        const TestVault vault;
        vault.set(QStringLiteral("pay/charge:STRIPE_KEY"), "sk_1");
        vault.set(QStringLiteral("system:LEGACY"), "l_1");
        vault.set(QStringLiteral("system:FREE"), "f_1");
        vault.set(QStringLiteral("pay:PLAIN"), "p_1");
        policiesDueSoonAndExpired(vault);
        QCOMPARE(vault.cli().vault({"rotation", "set", "system:FREE", "--every", "90d"}).exitCode,
                 0);
        QCOMPARE(vault.cli().vault({"rotate", "pay/charge:STRIPE_KEY"}, "sk_2").exitCode, 0);
        const QJsonArray rows = jsonArray(vault.cli().vault({"rotation", "list", "--json"}));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toObject().value("reference").toString(),
                 QStringLiteral("system:LEGACY"));
        QCOMPARE(rows.at(0).toObject().value("status").toString(), QStringLiteral("expired"));
        const QJsonObject stripe = rowOf(rows, "reference", "pay/charge:STRIPE_KEY");
        QCOMPARE(stripe.value("status").toString(), QStringLiteral("due"));
        QCOMPARE(stripe.value("version").toInt(), 2);
        QCOMPARE(rowOf(rows, "reference", "system:FREE").value("status").toString(),
                 QStringLiteral("ok"));
        QVERIFY(rowOf(rows, "reference", "pay:PLAIN").isEmpty());
        QCOMPARE(vault.cli().vault({"rotation", "list"}).exitCode, 6);

        // pay:PLAIN, which has no policy, replayed to its older row.
        runSqlite(vault.path(), QStringLiteral("CREATE TABLE saved AS SELECT * FROM secrets"));
        vault.set(QStringLiteral("pay:PLAIN"), "p_2");
        runSqlite(vault.path(), QStringLiteral("DELETE FROM secrets; INSERT INTO secrets SELECT * "
                                               "FROM saved; DROP TABLE saved"));
        const CliResult replayed = vault.cli().vault({"rotation", "list"});
        QVERIFY2(replayed.exitCode == 5, replayed.err.constData());
        QVERIFY2(replayed.err.contains("pay:PLAIN"), replayed.err.constData());
    }

    void rotateRefusesReuseAndNamesStaleBundles()
    {
        const TestVault vault;
        vault.set(QStringLiteral("pay/charge:STRIPE_KEY"), "sk_live_first");
        QCOMPARE(vault.cli().vault({"action", "declare", "pay/charge", "STRIPE_KEY"}).exitCode, 0);
        exportFor(vault, QStringLiteral("bot"));
        QCOMPARE(jsonArray(vault.cli().vault({"bundles", "--stale", "--json"})).size(), 0);

        const CliResult rotated =
            vault.cli().vault({"rotate", "pay/charge:STRIPE_KEY"}, "sk_live_second");
        QCOMPARE(rotated.exitCode, 0);
        QVERIFY2(rotated.out.contains("version 2"), rotated.out.constData());
        QVERIFY2(rotated.err.contains("stale bundles: bot"), rotated.err.constData());
        QCOMPARE(valueOf(vault, {"get", "pay/charge:STRIPE_KEY"}), QByteArray("sk_live_second"));

        // Back to the first value: refused unless asked for.
        const CliResult reuse =
            vault.cli().vault({"rotate", "pay/charge:STRIPE_KEY"}, "sk_live_first");
        QCOMPARE(reuse.exitCode, 2);
        QVERIFY2(reuse.err.contains("held this value before (version 1)"), reuse.err.constData());
        QVERIFY(!reuse.err.contains("sk_live"));
        QCOMPARE(vault.cli()
                     .vault({"rotate", "pay/charge:STRIPE_KEY", "--allow-reuse"}, "sk_live_first")
                     .exitCode,
                 0);
        QCOMPARE(vault.cli().vault({"rotate", "pay/charge:STRIPE_KEY"}, "").exitCode, 2);
        QCOMPARE(vault.cli().vault({"rotate", "system:NOPE"}, "x").exitCode, 4);

        // The stale bundle, and which secret changed since.
        const QJsonArray stale = jsonArray(vault.cli().vault({"bundles", "--stale", "--json"}));
        QCOMPARE(stale.size(), 1);
        QCOMPARE(stale.at(0).toObject().value("changedSince").toArray().at(0).toString(),
                 QStringLiteral("pay/charge:STRIPE_KEY"));
        QCOMPARE(vault.cli()
                     .vault({"rotation", "set", "pay/charge:STRIPE_KEY", "--every", "90d"})
                     .exitCode,
                 0);
        const QJsonArray schedule = jsonArray(vault.cli().vault({"rotation", "list", "--json"}));
        QCOMPARE(schedule.at(0).toObject().value("staleBundles").toInt(), 1);

        // The events prove the change with keyed tags; no value is in them.
        const CliResult events =
            vault.cli().vault({"audit", "list", "--action", "secret.rotated", "--json"});
        QVERIFY(events.out.contains("previousValueTag"));
        QVERIFY(!events.out.contains("sk_live"));
        const QByteArray disk = vault.diskBytes();
        QVERIFY(!disk.contains("sk_live_first") && !disk.contains("sk_live_second"));
    }

    void generatorMakesUniformValuesOfTheAskedShape()
    {
        const TestVault vault;
        vault.set(QStringLiteral("system:K"), "before");
        const CliResult generated = vault.cli().vault(
            {"rotate", "system:K", "--generate", "--length", "40", "--charset", "hex", "--print"});
        QCOMPARE(generated.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{40}$"))
                     .match(QString::fromLatin1(generated.out))
                     .hasMatch(),
                 generated.out.constData());
        QCOMPARE(valueOf(vault, {"get", "system:K"}), generated.out);
        const CliResult quiet = vault.cli().vault({"rotate", "system:K", "--generate"});
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY(quiet.out.startsWith("Rotated system:K to version 3"));

        // Every character of the set appears, none outside it (4,096 draws of 64).
        const CliResult many =
            vault.cli().run({"generate", "--length", "4096", "--charset", "base64url"});
        QCOMPARE(many.exitCode, 0);
        QCOMPARE(many.out.size(), 4096);
        QSet<char> seen;
        for (const char c : many.out) {
            QVERIFY(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_');
            seen.insert(c);
        }
        QCOMPARE(seen.size(), 64);
        QCOMPARE(vault.cli().run({"generate", "--length", "4"}).exitCode, 2);
        QCOMPARE(vault.cli().run({"generate", "--charset", "emoji"}).exitCode, 2);
        QCOMPARE(vault.cli().vault({"rotate", "system:K", "--length", "20"}, "x").exitCode, 2);
    }

    void keyRotationKeepsHistoryReadable()
    {
        const TestVault vault;
        vault.set(QStringLiteral("system:K"), "old-value");
        vault.set(QStringLiteral("system:K"), "new-value");
        const QString newPass = vault.writeFile(QStringLiteral("new"), "another passphrase");
        QCOMPARE(vault.cli()
                     .vault({"passwd", "--rotate-key", "--new-passphrase-file", newPass})
                     .exitCode,
                 0);
        const CliResult old = vault.cli().run({"--vault", vault.path(), "--passphrase-file",
                                               newPass, "get", "system:K", "--version", "1"});
        QCOMPARE(old.exitCode, 0);
        QCOMPARE(old.out, QByteArray("old-value"));
        QCOMPARE(vault.cli()
                     .run({"--vault", vault.path(), "--passphrase-file", newPass, "verify"})
                     .exitCode,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCliRotation)
#include "tst_cli_rotation.moc"
