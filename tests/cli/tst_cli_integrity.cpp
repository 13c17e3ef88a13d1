// The vault as a whole, attacked as a user with write access to the file and no key would:
// rows replayed, deleted or copied from another vault with the sqlite3 tool, the audit log
// rewritten, checkpoints removed, the header rolled back or swapped, pages zeroed, the lock
// event blocked, passwd raced. Every case drives the real CLI on a real file (#13).
#include "TestHelpers.h"
#include "TestVault.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace scopevault::test;

namespace {

// The rows of a table as INSERT statements, the way the issue saved them.
QByteArray saveRows(const QString& path, const QString& table)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path, QStringLiteral(".mode insert %1").arg(table),
                                             QStringLiteral("SELECT * FROM %1").arg(table)});
    sqlite.waitForFinished();
    return sqlite.readAllStandardOutput();
}

void restoreRows(const QString& path, const QString& table, const QByteArray& inserts)
{
    runSqlite(path, QStringLiteral("DELETE FROM %1; %2").arg(table, QString::fromUtf8(inserts)));
}

// A header as INSERT statements, without the commitment (which stays the file's own).
QByteArray saveHeader(const QString& path)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {path, QStringLiteral(".mode insert header"),
                  QStringLiteral("SELECT * FROM header WHERE key <> 'commitment'")});
    sqlite.waitForFinished();
    return sqlite.readAllStandardOutput();
}

void restoreHeader(const QString& path, const QByteArray& inserts)
{
    runSqlite(path, QStringLiteral("DELETE FROM header WHERE key <> 'commitment'; %1")
                        .arg(QString::fromUtf8(inserts)));
}

void expectRefused(const CliResult& result, const char* what, const QByteArray& mentions)
{
    QVERIFY2(result.exitCode == 5, qPrintable(QStringLiteral("%1: exit %2, %3")
                                                  .arg(QLatin1String(what))
                                                  .arg(result.exitCode)
                                                  .arg(QString::fromUtf8(result.err))));
    QVERIFY2(result.err.contains(mentions) || result.out.contains(mentions),
             qPrintable(
                 QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(result.err))));
}

// An agent with a grant on one declared secret, and a bundle exported for it.
void withAgent(const TestVault& vault)
{
    vault.set(QStringLiteral("pay/charge:STRIPE_KEY"), "sk_live_replay");
    QCOMPARE(vault.cli().vault({"action", "declare", "pay/charge", "STRIPE_KEY"}).exitCode, 0);
    QCOMPARE(
        vault.cli().vault({"agent", "add", "bot", "--public-key", newAgentPublicKey()}).exitCode,
        0);
    QCOMPARE(vault.cli().vault({"grant", "bot", "pay/charge"}).exitCode, 0);
    const QString bundle = vault.dirPath() + QStringLiteral("/bot.svb");
    QCOMPARE(vault.cli().vault({"export", "bot", "--out", bundle}).exitCode, 0);
}

} // namespace

class TestCliIntegrity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replayedAgentAndGrantRowsAreRefused()
    {
        TestVault vault;
        withAgent(vault);
        const QByteArray saved = saveRows(vault.path(), QStringLiteral("objects"));
        QCOMPARE(vault.cli().vault({"revoke-grant", "bot", "pay/charge"}).exitCode, 0);
        QCOMPARE(vault.cli().vault({"agent", "revoke", "bot", "--yes"}).exitCode, 0);
        const QString bundle = vault.dirPath() + QStringLiteral("/again.svb");
        QCOMPARE(vault.cli().vault({"export", "bot", "--out", bundle}).exitCode, 6);
        restoreRows(vault.path(), QStringLiteral("objects"), saved);
        expectRefused(vault.cli().vault({"agent", "list"}), "agent list", "table objects");
        expectRefused(vault.cli().vault({"export", "bot", "--out", bundle, "--force"}), "export",
                      "table objects");
        QVERIFY(!QFile::exists(bundle));
        expectRefused(vault.cli().vault({"get", "pay/charge:STRIPE_KEY"}), "get", "table objects");
    }

    void replayedGrantRowAloneIsRefused()
    {
        TestVault vault;
        withAgent(vault);
        const QString grants = QStringLiteral("objects");
        const QByteArray before = saveRows(vault.path(), grants);
        QCOMPARE(vault.cli().vault({"revoke-grant", "bot", "pay/charge"}).exitCode, 0);
        // Only the row that went away comes back: every other row is today's.
        const QByteArray after = saveRows(vault.path(), grants);
        QByteArray missing;
        for (const QByteArray& line : before.split('\n')) {
            if (!line.isEmpty() && !after.contains(line)) {
                missing += line + '\n';
            }
        }
        QVERIFY(!missing.isEmpty());
        runSqlite(vault.path(), QString::fromUtf8(missing));
        expectRefused(vault.cli().vault({"grants"}), "grants", "is not part of this vault");
    }

    void replayedSecretRowIsRefusedByGetListAndSet()
    {
        TestVault vault;
        vault.set(QStringLiteral("system:TOKEN"), "old-value");
        vault.set(QStringLiteral("system:OTHER"), "other");
        const QByteArray saved = saveRows(vault.path(), QStringLiteral("secrets"));
        vault.set(QStringLiteral("system:TOKEN"), "new-value");
        restoreRows(vault.path(), QStringLiteral("secrets"), saved);
        const CliResult get = vault.cli().vault({"get", "system:TOKEN"});
        expectRefused(get, "get", "system:TOKEN");
        QVERIFY(get.err.contains("not the version the vault committed to"));
        QVERIFY(!get.out.contains("old-value") && !get.err.contains("old-value"));
        expectRefused(vault.cli().vault({"list"}), "list", "system:TOKEN");
        expectRefused(vault.cli().vault({"set", "system:TOKEN"}, "x"), "set", "system:TOKEN");
        // The record that was not touched still reads.
        QCOMPARE(vault.cli().vault({"get", "system:OTHER"}).out, QByteArray("other"));
    }

    void replayedBundleRowsAreRefused()
    {
        TestVault vault;
        withAgent(vault);
        const QByteArray saved = saveRows(vault.path(), QStringLiteral("bundles"));
        const QString second = vault.dirPath() + QStringLiteral("/second.svb");
        QCOMPARE(vault.cli().vault({"export", "bot", "--out", second}).exitCode, 0);
        // The older set of issued bundles, without the one just issued.
        restoreRows(vault.path(), QStringLiteral("bundles"), saved);
        expectRefused(vault.cli().vault({"bundles"}), "bundles", "table bundles");
    }

    void deletedSecretRowIsMissingNotAbsent()
    {
        TestVault vault;
        vault.set(QStringLiteral("system:GONE"), "v");
        runSqlite(vault.path(), QStringLiteral("DELETE FROM secrets"));
        const CliResult get = vault.cli().vault({"get", "system:GONE"});
        expectRefused(get, "get", "is missing");
        expectRefused(vault.cli().vault({"list"}), "list", "table secrets");
        // Deleting its leaf too leaves the tree, which the root still names.
        runSqlite(vault.path(), QStringLiteral("DELETE FROM commit_leaves"));
        expectRefused(vault.cli().vault({"get", "system:GONE"}), "get", "commitment");
    }

    void rowCopiedFromAnotherVaultWithTheSamePassphraseIsRefused()
    {
        TestVault mine;
        TestVault other;
        mine.set(QStringLiteral("system:MINE"), "mine");
        other.set(QStringLiteral("system:THEIRS"), "theirs");
        runSqlite(mine.path(),
                  QStringLiteral("ATTACH '%1' AS o; INSERT INTO secrets SELECT * FROM o.secrets; "
                                 "INSERT INTO commit_leaves SELECT * FROM o.commit_leaves")
                      .arg(other.path()));
        expectRefused(mine.cli().vault({"list"}), "list", "commitment");
        expectRefused(mine.cli().vault({"verify"}), "verify", "commitment");
        // Its lookup tag was made with the other vault's key: here it names nothing.
        QCOMPARE(mine.cli().vault({"get", "system:THEIRS"}).exitCode, 4);
    }

    void auditRewriteWithARecomputedKeylessChainIsRefused()
    {
        TestVault vault;
        vault.set(QStringLiteral("system:A"), "a");
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(vault.cli().vault({"get", "system:A"}).exitCode, 0);
        }
        // Remove the secret.read events, renumber, recompute every hash as format 1 did
        // (keyless BLAKE2b) and drop the checkpoints from the first removed event on.
        const QString script = vault.writeFile(QStringLiteral("rewrite.py"), R"PY(
import hashlib, sqlite3, struct, sys
db = sqlite3.connect(sys.argv[1])
vid = db.execute("SELECT value FROM header WHERE key='vault_id'").fetchone()[0]
rows = db.execute("SELECT seq,time_ms,action,outcome,actor_tag,target_tag,payload,sealed "
                  "FROM audit WHERE action <> 'secret.read' ORDER BY seq").fetchall()
first = db.execute("SELECT min(seq) FROM audit WHERE action='secret.read'").fetchone()[0]
db.execute("DELETE FROM audit")
db.execute("DELETE FROM audit_checkpoints WHERE seq >= ?", (first,))
b = lambda v: struct.pack("<I", len(v or b"")) + (v or b"")
prev = hashlib.blake2b(b"scopevault-audit-genesis" + vid, digest_size=32).digest()
for n, r in enumerate(rows, 1):
    enc = (b"SV1-audit" + struct.pack("<QQ", n, r[1]) + b(r[2].encode()) + b(r[3].encode())
           + b(r[4]) + b(r[5]) + bytes([r[7]]) + b(r[6]) + prev)
    h = hashlib.blake2b(enc, digest_size=32).digest()
    db.execute("INSERT INTO audit VALUES (?,?,?,?,?,?,?,?,?,?)", (n,) + r[1:] + (prev, h))
    prev = h
db.commit()
)PY");
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), {script, vault.path()});
        QVERIFY(python.waitForFinished());
        QCOMPARE(python.exitCode(), 0);
        expectRefused(vault.cli().vault({"audit", "verify"}), "audit verify", "audit log");
    }

    void removedCheckpointsAreRefused()
    {
        for (const QString& sql : {QStringLiteral("DELETE FROM audit_checkpoints"),
                                   QStringLiteral("DELETE FROM audit_checkpoints WHERE seq = "
                                                  "(SELECT min(seq) FROM audit_checkpoints)")}) {
            TestVault vault;
            vault.set(QStringLiteral("system:A"), "a");
            vault.set(QStringLiteral("system:B"), "b");
            runSqlite(vault.path(), sql);
            expectRefused(vault.cli().vault({"audit", "verify"}), qPrintable(sql), "checkpoints");
        }
    }

    void headerRolledBackAfterPasswdNoLongerOpens()
    {
        TestVault vault;
        vault.set(QStringLiteral("system:A"), "before");
        const QByteArray header = saveHeader(vault.path());
        const QString fresh = vault.writeFile(QStringLiteral("fresh"), "a new passphrase\n");
        QCOMPARE(vault.cli().vault({"passwd", "--new-passphrase-file", fresh}).exitCode, 0);
        CliRunner renewed(vault.path(), fresh);
        QCOMPARE(renewed.vault({"set", "system:A"}, "after").exitCode, 0);
        restoreHeader(vault.path(), header);
        // The old passphrase unwraps the old header, but the vault committed to the new one.
        const CliResult old = vault.cli().vault({"get", "system:A"});
        expectRefused(old, "old header", "is not its current one");
        QVERIFY(!old.out.contains("after"));
    }

    void headerOfAnotherVaultIsRefused()
    {
        TestVault mine;
        TestVault other; // the same passphrase
        mine.set(QStringLiteral("system:A"), "a");
        restoreHeader(mine.path(), saveHeader(other.path()));
        expectRefused(mine.cli().vault({"get", "system:A"}), "foreign header",
                      "belongs to another vault");
    }

    void flippedByteInACatalogObjectStopsEveryUnlockingCommand()
    {
        TestVault vault;
        withAgent(vault);
        const QByteArray payload = QByteArray::fromHex(
            runSqlite(vault.path(), QStringLiteral("SELECT hex(payload) FROM objects LIMIT 1")));
        QByteArray flipped = payload;
        flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x01);
        runSqlite(vault.path(), QStringLiteral("UPDATE objects SET payload = X'%1' WHERE "
                                               "payload = X'%2'")
                                    .arg(QString::fromLatin1(flipped.toHex()),
                                         QString::fromLatin1(payload.toHex())));
        for (const QStringList& command :
             {QStringList{"get", "pay/charge:STRIPE_KEY"}, QStringList{"list"},
              QStringList{"agent", "list"}, QStringList{"grants"}}) {
            expectRefused(vault.cli().vault(command), qPrintable(command.join(' ')),
                          "table objects");
        }
        expectRefused(vault.cli().vault({"set", "system:NEW"}, "v"), "set", "table objects");
    }

    void zeroedPageOfObjectsIsAnIntegrityFailureNamingTheFile()
    {
        TestVault vault;
        withAgent(vault);
        for (int i = 0; i < 40; ++i) { // enough objects for a page of their own
            QCOMPARE(vault.cli().vault({"pack", "add", QStringLiteral("p%1").arg(i)}).exitCode, 0);
        }
        runSqlite(vault.path(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const int pageSize = runSqlite(vault.path(), QStringLiteral("PRAGMA page_size")).toInt();
        const int page = runSqlite(vault.path(), QStringLiteral("SELECT rootpage FROM "
                                                                "sqlite_master WHERE name = "
                                                                "'objects'"))
                             .toInt();
        QFile file(vault.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(static_cast<qint64>(page - 1) * pageSize));
        QVERIFY(file.write(QByteArray(pageSize, '\0')) == pageSize);
        file.close();
        for (const QStringList& command :
             {QStringList{"get", "pay/charge:STRIPE_KEY"}, QStringList{"list"},
              QStringList{"audit", "verify"}, QStringList{"verify"}}) {
            expectRefused(vault.cli().vault(command), qPrintable(command.join(' ')),
                          vault.path().toUtf8());
        }
        expectRefused(vault.cli().vault({"set", "system:X"}, "v"), "set", vault.path().toUtf8());
        const CliResult verify = vault.cli().vault({"verify"});
        QVERIFY2(verify.out.contains("file:"), verify.out.constData());
    }

    void verifyReportsEveryPartOfAnIntactVault()
    {
        TestVault vault;
        withAgent(vault);
        const CliResult verify = vault.cli().vault({"verify"});
        QCOMPARE(verify.exitCode, 0);
        for (const char* part : {"file: every page intact",
                                 "commitment: every record as "
                                 "committed",
                                 "records: every seal opens", "audit: "}) {
            QVERIFY2(verify.out.contains(part), verify.out.constData());
        }
        QVERIFY(!verify.out.contains("sk_live_replay"));
    }

    void blockedLockEventIsReported()
    {
        TestVault vault;
        vault.set(QStringLiteral("system:A"), "a");
        runSqlite(vault.path(), QStringLiteral("CREATE TRIGGER no_lock BEFORE INSERT ON audit "
                                               "WHEN NEW.action = 'vault.locked' BEGIN SELECT "
                                               "RAISE(ABORT, 'disk full'); END"));
        const CliResult get = vault.cli().vault({"get", "system:A"});
        QVERIFY2(get.exitCode != 0, get.err.constData());
        QVERIFY2(get.err.contains("disk full"), get.err.constData());
        runSqlite(vault.path(), QStringLiteral("DROP TRIGGER no_lock; CREATE TRIGGER no_cp "
                                               "BEFORE INSERT ON audit_checkpoints BEGIN SELECT "
                                               "RAISE(ABORT, 'no room for checkpoints'); END"));
        const CliResult list = vault.cli().vault({"list"});
        QVERIFY2(list.exitCode != 0, list.err.constData());
        QVERIFY2(list.err.contains("no room for checkpoints"), list.err.constData());
    }

    void concurrentPasswdNeverLosesAChange()
    {
        // Two passwd runs at once: one wins; the other fails and says why. Whichever
        // passphrase the vault reports as changed is the one that opens it.
        for (int round = 0; round < 30; ++round) {
            TestVault vault;
            vault.set(QStringLiteral("system:A"), "a");
            const QString one = vault.writeFile(QStringLiteral("one"), "passphrase one\n");
            const QString two = vault.writeFile(QStringLiteral("two"), "passphrase two\n");
            QProcess first;
            QProcess second;
            const QStringList common{QStringLiteral("--vault"),
                                     vault.path(),
                                     QStringLiteral("--passphrase-file"),
                                     vault.passphraseFile(),
                                     QStringLiteral("passwd"),
                                     QStringLiteral("--kdf"),
                                     QStringLiteral("custom:1,8"),
                                     QStringLiteral("--new-passphrase-file")};
            first.start(CliRunner::binary(), common + QStringList{one});
            second.start(CliRunner::binary(), common + QStringList{two});
            QVERIFY(first.waitForFinished(60000) && second.waitForFinished(60000));
            const int successes =
                (first.exitCode() == 0 ? 1 : 0) + (second.exitCode() == 0 ? 1 : 0);
            QCOMPARE(successes, 1);
            const QProcess& loser = first.exitCode() == 0 ? second : first;
            QCOMPARE(loser.exitCode(), 3);
            const QString winner = first.exitCode() == 0 ? one : two;
            QCOMPARE(CliRunner(vault.path(), winner).vault({"get", "system:A"}).out,
                     QByteArray("a"));
        }
    }

    void wholeFileRollbackIsRefusedWithAnExportedCheckpoint()
    {
        TestVault vault;
        vault.set(QStringLiteral("system:A"), "old");
        const QString copy = vault.dirPath() + QStringLiteral("/copy.svdb");
        runSqlite(vault.path(), QStringLiteral("VACUUM INTO '%1'").arg(copy));
        vault.set(QStringLiteral("system:A"), "new");
        const QString anchor = vault.dirPath() + QStringLiteral("/anchor.json");
        QCOMPARE(vault.cli().vault({"audit", "checkpoint", "--out", anchor}).exitCode, 0);
        QCOMPARE(vault.cli().vault({"--expect-checkpoint", anchor, "get", "system:A"}).out,
                 QByteArray("new"));
        QVERIFY(QFile::remove(vault.path()));
        QVERIFY(QFile::copy(copy, vault.path()));
        // The older copy is refused against the anchor kept elsewhere...
        const CliResult anchored =
            vault.cli().vault({"--expect-checkpoint", anchor, "get", "system:A"});
        expectRefused(anchored, "expect-checkpoint", "older copy");
        QVERIFY(anchored.out.isEmpty());
        expectRefused(vault.cli().vault({"audit", "verify", "--checkpoint", anchor}),
                      "audit verify --checkpoint", "exported checkpoint");
        // ...but is consistent on its own: the limit docs/THREAT-MODEL.md states.
        QCOMPARE(vault.cli().vault({"get", "system:A"}).out, QByteArray("old"));
    }

    void rotateKeyReencryptsEverything()
    {
        TestVault vault;
        withAgent(vault);
        const QString notes = vault.writeFile(QStringLiteral("notes"), "the notes");
        QCOMPARE(
            vault.cli().vault({"set", "system:NOTED", "--notes-file", notes}, "noted").exitCode, 0);
        const QByteArray keyBefore = vault.cli().vault({"vault-key"}).out;
        const QByteArray rowsBefore = saveRows(vault.path(), QStringLiteral("secrets"));
        const QByteArray blobsBefore = runSqlite(
            vault.path(), QStringLiteral("SELECT hex(metadata) || hex(value) FROM secrets "
                                         "UNION ALL SELECT hex(payload) FROM objects UNION ALL "
                                         "SELECT hex(payload) FROM bundles UNION ALL SELECT "
                                         "hex(payload) FROM audit WHERE sealed = 1"));
        const QString fresh = vault.writeFile(QStringLiteral("fresh"), "rotated passphrase\n");
        const CliResult rotate = vault.cli().vault(
            {"passwd", "--rotate-key", "--kdf", "custom:1,8", "--new-passphrase-file", fresh});
        QVERIFY2(rotate.exitCode == 0, rotate.err.constData());
        QVERIFY(rotate.out.contains("re-encrypted 2 secrets"));
        QVERIFY(rotate.err.contains("signing key changed"));
        QCOMPARE(vault.cli().vault({"get", "system:NOTED"}).exitCode, 3); // the old passphrase
        const CliRunner cli(vault.path(), fresh);
        QCOMPARE(cli.vault({"get", "pay/charge:STRIPE_KEY"}).out, QByteArray("sk_live_replay"));
        QCOMPARE(cli.vault({"get", "system:NOTED"}).out, QByteArray("noted"));
        const CliResult verify = cli.vault({"verify"});
        QVERIFY2(verify.exitCode == 0, verify.out + verify.err);
        QVERIFY(cli.vault({"vault-key"}).out != keyBefore);
        QVERIFY(cli.vault({"audit", "list", "--action", "vault.key-rotated"})
                    .out.contains("vault.key-rotated"));
        QCOMPARE(cli.vault({"grants"}).out.trimmed(), QByteArray("bot -> pay/charge"));
        // No sealed byte string of before survives: everything was sealed again.
        const QByteArray after = runSqlite(
            vault.path(), QStringLiteral("SELECT hex(metadata) || hex(value) FROM secrets "
                                         "UNION ALL SELECT hex(payload) FROM objects UNION ALL "
                                         "SELECT hex(payload) FROM bundles UNION ALL SELECT "
                                         "hex(payload) FROM audit WHERE sealed = 1"));
        for (const QByteArray& blob : blobsBefore.split('\n')) {
            QVERIFY2(!after.contains(blob), blob.constData());
        }
        // Rows of before are not this vault's any more.
        restoreRows(vault.path(), QStringLiteral("secrets"), rowsBefore);
        expectRefused(cli.vault({"list"}), "list after restoring old rows", "table secrets");
    }

    void formatOneVaultUpgradesAndThenHolds()
    {
        TestVault vault(false);
        QVERIFY(QFile::copy(qEnvironmentVariable("SCOPEVAULT_FIXTURES") +
                                QStringLiteral("/vaults/format1.svdb"),
                            vault.path()));
        QFile::setPermissions(vault.path(), QFile::ReadOwner | QFile::WriteOwner);
        const QString pass = vault.writeFile(QStringLiteral("fixture"), "fixture passphrase\n");
        const CliRunner cli(vault.path(), pass);
        QVERIFY(cli.vault({"info"}).out.contains("format 1") ||
                cli.vault({"info", "--json"}).out.contains("\"formatVersion\":1"));
        QCOMPARE(cli.vault({"get", "payments/charge:STRIPE_KEY"}).out,
                 QByteArray("sk_live_fixture_1"));
        QVERIFY(cli.vault({"info", "--json"}).out.contains("\"formatVersion\":2"));
        const CliResult verify = cli.vault({"verify"});
        QVERIFY2(verify.exitCode == 0, verify.out + verify.err);
        const CliResult events = cli.vault({"audit", "list", "--action", "vault.upgraded"});
        QVERIFY2(events.out.contains("vault.upgraded"), events.out.constData());
        // From now on the commitment holds: a replayed secret row is refused.
        const QByteArray saved = saveRows(vault.path(), QStringLiteral("secrets"));
        QCOMPARE(cli.vault({"set", "system:REGION"}, "ap-south-1").exitCode, 0);
        restoreRows(vault.path(), QStringLiteral("secrets"), saved);
        expectRefused(cli.vault({"get", "system:REGION"}), "get after upgrade", "system:REGION");
    }
};

QTEST_GUILESS_MAIN(TestCliIntegrity)
#include "tst_cli_integrity.moc"
