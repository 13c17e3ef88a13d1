// The audit log through the real scopevault-cli: the exact events of every command, no value
// anywhere in the log, tampering caught at the right sequence number, and fail-closed reads.
#include "TestHelpers.h"
#include "TestVault.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

using namespace scopevault::test;

namespace {

QString admin()
{
    return QStringLiteral("admin:") + QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name);
}

QJsonArray events(const TestVault& vault)
{
    const CliResult list = vault.cli().vault({"audit", "list", "--json"});
    if (list.exitCode != 0) {
        qFatal("audit list failed: %s", list.err.constData());
    }
    return QJsonDocument::fromJson(list.out).array();
}

// The events the previous command wrote: between its "vault.unlocked" and "vault.locked"
// (the listing's own unlock is last). "action target outcome", one per event.
QStringList lastCommandEvents(const TestVault& vault)
{
    const QJsonArray all = events(vault);
    qsizetype end = all.size() - 1; // the listing's own vault.unlocked
    QStringList out;
    if (end > 0 &&
        all[end - 1][QStringLiteral("action")] == QStringLiteral("vault.unlock-failed")) {
        return {QStringLiteral("vault.unlock-failed - denied")};
    }
    if (end > 0 && all[end - 1][QStringLiteral("action")] == QStringLiteral("vault.locked")) {
        --end;
    }
    for (qsizetype i = end - 1; i >= 0; --i) {
        const QJsonValue event = all[i];
        if (event[QStringLiteral("action")] == QStringLiteral("vault.unlocked")) {
            break;
        }
        if (event[QStringLiteral("actor")].toString() != admin()) {
            return {QStringLiteral("unexpected actor ") +
                    event[QStringLiteral("actor")].toString()};
        }
        const QString target = event[QStringLiteral("target")].toString();
        out.prepend(QStringLiteral("%1 %2 %3")
                        .arg(event[QStringLiteral("action")].toString(),
                             target.isEmpty() ? QStringLiteral("-") : target,
                             event[QStringLiteral("outcome")].toString()));
    }
    return out;
}

QJsonObject verify(const TestVault& vault, const QStringList& extra = {})
{
    const CliResult result = vault.cli().vault(QStringList{"audit", "verify", "--json"} + extra);
    QJsonObject object = QJsonDocument::fromJson(result.out).object();
    object.insert(QStringLiteral("exitCode"), result.exitCode);
    return object;
}

} // namespace

class TestCliAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCommandRecordsItsEvents()
    {
        TestVault vault;
        const QString key = newAgentPublicKey();
        const QString env = vault.writeFile(QStringLiteral("two.env"), "ONE=1\nTWO=2\n");
        const QString notes = vault.writeFile(QStringLiteral("notes"), "n");
        const QString wrong = vault.writeFile(QStringLiteral("wrong"), "nope\n");
        const QString fresh = vault.writeFile(QStringLiteral("fresh"), "fresh passphrase\n");
        struct Step
        {
            QStringList args;
            QByteArray input;
            QStringList expected;
        };
        const QList<Step> steps = {
            {{"set", "system:A"}, "value-a", {"secret.created system:A success"}},
            {{"set", "system:A", "--notes-file", notes},
             "value-a2",
             {"secret.updated system:A success"}},
            {{"get", "system:A"}, {}, {"secret.read system:A success"}},
            {{"get", "system:A", "--notes"}, {}, {"secret.notes-read system:A success"}},
            {{"get", "system:NOPE"}, {}, {"secret.read system:NOPE error"}},
            {{"set", "p/a:KEY"},
             "k",
             {"pack.created p success", "action.created p/a success",
              "secret.created p/a:KEY success"}},
            {{"list"}, {}, {}},
            {{"action", "declare", "p/a", "KEY"}, {}, {"action.declared p/a success"}},
            {{"action", "describe", "p/a", "Charges"}, {}, {"action.described p/a success"}},
            {{"pack", "add", "q", "--description", "Q"},
             {},
             {"pack.created q success", "pack.described q success"}},
            {{"agent", "add", "bot", "--public-key", key}, {}, {"agent.added bot success"}},
            {{"grant", "bot", "p/a"}, {}, {"grant.created p/a success"}},
            // Every effective secret of the action is shown, so every one is recorded.
            {{"resolve", "p/a", "--reveal"},
             {},
             {"secret.revealed system:A success", "secret.revealed p/a:KEY success"}},
            {{"agent", "suspend", "bot"}, {}, {"agent.suspended bot success"}},
            {{"agent", "resume", "bot"}, {}, {"agent.resumed bot success"}},
            {{"revoke-grant", "bot", "p/a"}, {}, {"grant.revoked p/a success"}},
            {{"pack", "rename", "q", "r"}, {}, {"pack.renamed q success"}},
            {{"import", "dotenv", env, "--scope", "r"},
             {},
             {"secret.created r:ONE success", "secret.created r:TWO success",
              "import.dotenv " + env + " success"}},
            {{"rm", "r:TWO"}, {}, {"secret.deleted r:TWO success"}},
            {{"pack", "rm", "r", "--force"},
             {},
             {"secret.deleted r:ONE success", "pack.deleted r success"}},
            {{"agent", "revoke", "bot", "--yes"}, {}, {"agent.revoked bot success"}},
            {{"passwd", "--new-passphrase-file", fresh},
             {},
             {"vault.passphrase-changed - success"}},
        };
        for (const Step& step : steps) {
            (void)vault.cli().vault(step.args, step.input);
            if (step.args.first() == QLatin1String("passwd")) {
                vault.writeFile(QStringLiteral("passphrase"), "fresh passphrase\n");
            }
            const QStringList actual = lastCommandEvents(vault);
            QVERIFY2(actual == step.expected,
                     qPrintable(step.args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") +
                                actual.join(QStringLiteral(" | "))));
        }
        // A wrong passphrase is recorded without the key: the OS user only, outcome denied.
        const CliResult refused =
            vault.cli().run({"--vault", vault.path(), "--passphrase-file", wrong, "list"});
        QCOMPARE(refused.exitCode, 3);
        const CliResult list = vault.cli().vault({"audit", "list", "--json", "--limit", "2"});
        const QJsonArray lastTwo = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(lastTwo[0][QStringLiteral("action")].toString(),
                 QStringLiteral("vault.unlock-failed"));
        QCOMPARE(lastTwo[0][QStringLiteral("outcome")].toString(), QStringLiteral("denied"));
        QCOMPARE(lastTwo[0][QStringLiteral("actor")].toString(), admin());
        // The first events of the vault.
        const CliResult first = vault.cli().vault(
            {"audit", "list", "--json", "--until", "2999-01-01", "--action", "vault.created"});
        QCOMPARE(QJsonDocument::fromJson(first.out).array().size(), 1);
    }

    void noValueInTheLogOrItsExports()
    {
        TestVault vault;
        const QByteArray value = "SV-AUDIT-CANARY-5e1d";
        vault.set("system:CANARY", value);
        QCOMPARE(vault.cli().vault({"get", "system:CANARY"}).out, value);
        QCOMPARE(vault.cli().vault({"resolve", "x/y", "--reveal"}).exitCode, 4);
        QSqlDatabase reader =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit-reader"));
        reader.setDatabaseName(vault.path());
        QVERIFY(reader.open());
        QSqlQuery(reader).exec(QStringLiteral("SELECT count(*) FROM audit"));
        vault.set("system:CANARY", value + "-2"); // lands in the WAL while the reader holds it
        const QList<QByteArray> outputs = {
            vault.diskBytes(), vault.cli().vault({"audit", "list"}).out,
            vault.cli().vault({"audit", "list", "--json"}).out,
            vault.cli().vault({"audit", "export", "--format", "jsonl"}).out,
            vault.cli().vault({"audit", "export", "--format", "csv"}).out};
        for (const QByteArray& output : outputs) {
            QVERIFY(!output.contains(value));
            QVERIFY(!output.contains(value.toHex()));
            QVERIFY(!output.contains(value.toBase64()));
        }
        QVERIFY(!vault.diskBytes().contains("CANARY")); // references are sealed in the log too
        QVERIFY(outputs[2].contains("system:CANARY"));  // ...and readable with the key
        reader.close();
        reader = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("audit-reader"));
    }

    void exportToAFileIsPrivateAndNeverFollowsALink()
    {
        TestVault vault;
        vault.set("system:A", "a");
        const QString out = vault.dirPath() + QStringLiteral("/events.csv");
        const CliResult written =
            vault.cli().vault({"audit", "export", "--format", "csv", "--out", out});
        QCOMPARE(written.exitCode, 0);
        QVERIFY2(written.err.contains("Exported"), written.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv,
                 vault.cli().vault({"audit", "export", "--format", "csv"}).out.left(csv.size()));
        QCOMPARE(int(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)), 0);
        // An existing symlink is replaced, its target left alone.
        const QString victim = vault.writeFile(QStringLiteral("victim.txt"), "keep me");
        const QString link = vault.dirPath() + QStringLiteral("/link.jsonl");
        QVERIFY(QFile::link(victim, link));
        QCOMPARE(vault.cli().vault({"audit", "export", "--out", link}).exitCode, 0);
        QFile kept(victim);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));
        QVERIFY(!QFileInfo(link).isSymLink());
        // A folder that does not exist: a clear error naming the file.
        const CliResult refused = vault.cli().vault(
            {"audit", "export", "--out", vault.dirPath() + QStringLiteral("/no/such/e.jsonl")});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("no/such/e.jsonl"), refused.err.constData());
    }

    void intactLogVerifies()
    {
        TestVault vault;
        vault.set("system:A", "a");
        const QJsonObject result = verify(vault);
        QCOMPARE(result[QStringLiteral("exitCode")].toInt(), 0);
        QCOMPARE(result[QStringLiteral("valid")].toBool(), true);
        QVERIFY(
            result[QStringLiteral("summary")].toString().contains(QStringLiteral(" events valid")));
        QCOMPARE(result[QStringLiteral("validEvents")].toInt(),
                 result[QStringLiteral("events")].toInt());
    }

    void tamperingIsCaughtAtTheRightSequence_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("brokenSeq");
        QTest::addColumn<QString>("reason");
        QTest::newRow("one field changed")
            << "UPDATE audit SET outcome = 'denied' WHERE seq = 5" << 5 << "hash mismatch";
        QTest::newRow("middle event deleted")
            << "DELETE FROM audit WHERE seq = 5" << 5 << "missing";
        QTest::newRow("two events swapped")
            << "UPDATE audit SET seq = -1 WHERE seq = 5; UPDATE audit SET seq = 5 WHERE seq = 6; "
               "UPDATE audit SET seq = 6 WHERE seq = -1"
            << 5 << "previous-hash";
        QTest::newRow("checkpoint forged")
            << "UPDATE audit_checkpoints SET signature = randomblob(64) WHERE seq = "
               "(SELECT min(seq) FROM audit_checkpoints)"
            << -1 << "bad checkpoint signature";
        QTest::newRow("checkpoint hash changed")
            << "UPDATE audit_checkpoints SET hash = randomblob(32) WHERE seq = "
               "(SELECT min(seq) FROM audit_checkpoints)"
            << -1 << "bad checkpoint signature";
    }
    void tamperingIsCaughtAtTheRightSequence()
    {
        QFETCH(QString, sql);
        QFETCH(int, brokenSeq);
        QFETCH(QString, reason);
        TestVault vault;
        for (int i = 0; i < 4; ++i) {
            vault.set(QStringLiteral("system:K%1").arg(i), "v");
        }
        const int firstCheckpoint =
            runSqlite(vault.path(), QStringLiteral("SELECT min(seq) FROM audit_checkpoints"))
                .toInt();
        runSqlite(vault.path(), sql);
        const QJsonObject result = verify(vault);
        QCOMPARE(result[QStringLiteral("exitCode")].toInt(), 5);
        QCOMPARE(result[QStringLiteral("brokenSeq")].toInt(),
                 brokenSeq > 0 ? brokenSeq : firstCheckpoint);
        QVERIFY2(result[QStringLiteral("reason")].toString().contains(reason),
                 qPrintable(result[QStringLiteral("reason")].toString()));
    }

    void truncatedTailIsCaughtByTheCommitment()
    {
        TestVault vault;
        for (int i = 0; i < 3; ++i) {
            vault.set(QStringLiteral("system:K%1").arg(i), "v");
        }
        const QString file = vault.dirPath() + QStringLiteral("/checkpoint.json");
        QCOMPARE(vault.cli().vault({"audit", "checkpoint", "--out", file}).exitCode, 0);
        const int anchored = QJsonDocument::fromJson([&] {
                                 QFile f(file);
                                 f.open(QIODevice::ReadOnly);
                                 return f.readAll();
                             }())
                                 .object()[QStringLiteral("seq")]
                                 .toInt();
        QCOMPARE(verify(vault, {"--checkpoint", file})[QStringLiteral("exitCode")].toInt(), 0);
        // Remove the last events and every checkpoint that could betray it: the sealed
        // commitment still names the removed end, so no command opens the vault.
        runSqlite(vault.path(), QStringLiteral("DELETE FROM audit WHERE seq > %1; DELETE FROM "
                                               "audit_checkpoints WHERE seq > %1")
                                    .arg(anchored - 4));
        const CliResult result = vault.cli().vault({"audit", "verify"});
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.err.contains("does not end where the vault committed"),
                 result.err.constData());
    }

    void statsCountWhatListShows()
    {
        TestVault vault;
        vault.set(QStringLiteral("system:A"), "a");
        QCOMPARE(vault.cli().vault({"get", "system:A"}).exitCode, 0);
        QCOMPARE(vault.cli().vault({"get", "system:MISSING"}).exitCode, 4); // outcome error
        const QJsonArray listed =
            QJsonDocument::fromJson(vault.cli().vault({"audit", "list", "--json"}).out).array();
        QHash<QString, int> byOutcome;
        for (const QJsonValue& event : listed) {
            byOutcome[event["outcome"].toString()] += 1;
        }
        QVERIFY(byOutcome.value(QStringLiteral("error")) >= 1);
        for (const char* width : {"hour", "day", "week"}) {
            const CliResult stats = vault.cli().vault({"audit", "stats", "--by", width, "--json"});
            QCOMPARE(stats.exitCode, 0);
            qint64 success = 0;
            qint64 error = 0;
            for (const QJsonValue& bucket : QJsonDocument::fromJson(stats.out).array()) {
                success += bucket["success"].toInteger();
                error += bucket["error"].toInteger();
                const QDateTime start =
                    QDateTime::fromString(bucket["start"].toString(), Qt::ISODate);
                QVERIFY(start.isValid());
                QCOMPARE(start.time().minute(), 0);
                if (QByteArray(width) == "week") {
                    QCOMPARE(start.date().dayOfWeek(), 1); // Monday
                }
            }
            // Since the list: its lock, and this command's unlock (and earlier widths' runs).
            QVERIFY(success > byOutcome.value(QStringLiteral("success")));
            QCOMPARE(error, byOutcome.value(QStringLiteral("error")));
        }
        const CliResult reads = vault.cli().vault(
            {"audit", "stats", "--kind", "reads", "--outcome", "success", "--json"});
        qint64 total = 0;
        for (const QJsonValue& bucket : QJsonDocument::fromJson(reads.out).array()) {
            total += bucket["success"].toInteger();
        }
        QCOMPARE(total, 1); // the one successful get
        const CliResult bad = vault.cli().vault({"audit", "stats", "--by", "month"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("hour, day or week"));
        QCOMPARE(vault.cli().vault({"audit", "list", "--kind", "everything"}).exitCode, 2);
    }

    void readsFailClosedWhenTheLogCannotBeWritten()
    {
        TestVault vault;
        vault.set("system:A", "original");
        runSqlite(vault.path(),
                  QStringLiteral("CREATE TRIGGER no_reads BEFORE INSERT ON audit WHEN "
                                 "NEW.action IN ('secret.read', 'secret.updated') "
                                 "BEGIN SELECT RAISE(ABORT, 'audit disk full'); END"));
        const CliResult get = vault.cli().vault({"get", "system:A"});
        QVERIFY(get.exitCode != 0);
        QVERIFY(get.out.isEmpty()); // nothing released
        QVERIFY(get.err.contains("audit"));
        const CliResult set = vault.cli().vault({"set", "system:A"}, "changed");
        QVERIFY(set.exitCode != 0);
        runSqlite(vault.path(), QStringLiteral("DROP TRIGGER no_reads"));
        QCOMPARE(vault.cli().vault({"get", "system:A"}).out, QByteArray("original"));
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
