// The OS keychain through the real CLI against a real gnome-keyring (Secret Service) in a
// private D-Bus session (tests/support/with-keyring.sh), #19: quick unlock on, off, forgotten
// and expired; values held in the keychain, moved both ways, rotated and deleted, with
// secret-tool showing exactly the expected entries; the rollback anchor; and every failure
// of the keychain (no session bus, a bus with no keyring, a keyring that never answers)
// ending in a clear message within the timeout.
#include "TestHelpers.h"
#include "TestKeyring.h"
#include "TestVault.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace scopevault::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const QString& program, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        qFatal("cannot start %s", qPrintable(program));
    }
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestCliKeychain : public QObject
{
    Q_OBJECT

private:
    static CliResult keychain(const TestVault& vault, const QStringList& arguments,
                              const QByteArray& input = {})
    {
        return vault.cli().run(QStringList{"--vault", vault.path(), "--keychain"} + arguments,
                               input);
    }
    static QString vaultIdOf(const TestVault& vault)
    {
        const CliResult info = vault.cli().vault({"info", "--json"});
        return QJsonDocument::fromJson(info.out).object().value("vaultId").toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestKeyring::available()) {
            QFAIL("run through tests/support/with-keyring.sh (ctest does)");
        }
    }

    void quickUnlockOnOffAndForgottenOnPassphraseChange()
    {
        const TestVault vault;
        vault.set(QStringLiteral("system:A"), "quick-unlock-value-1");
        // Off by default, and the CLI never tries the keychain unless asked.
        CliResult refused = keychain(vault, {"get", "system:A"});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains("quick unlock is not enabled"), refused.err.constData());

        // Turning it on needs the passphrase.
        const CliResult on = vault.cli().vault({"quick-unlock", "enable"});
        QVERIFY2(on.exitCode == 0, on.err.constData());
        CliResult got = keychain(vault, {"get", "system:A"});
        QVERIFY2(got.exitCode == 0, got.err.constData());
        QCOMPARE(got.out, QByteArray("quick-unlock-value-1"));
        QVERIFY(TestKeyring::entryNames().filter("/quick-unlock").size() == 1);
        const CliResult status =
            vault.cli().run({"--vault", vault.path(), "quick-unlock", "status", "--json"});
        QCOMPARE(QJsonDocument::fromJson(status.out).object().value("enabled").toBool(), true);
        // The audit log says how the vault was opened.
        const CliResult events = vault.cli().vault({"audit", "list", "--json"});
        QVERIFY(events.out.contains("\"via\":\"keychain\""));

        // A session opened through the keychain cannot change what protects the vault.
        const QString next = vault.writeFile(QStringLiteral("next"), "another passphrase 2\n");
        CliResult passwd = keychain(vault, {"passwd", "--new-passphrase-file", next});
        QCOMPARE(passwd.exitCode, 6);
        QVERIFY2(passwd.err.contains("needs the passphrase"), passwd.err.constData());
        CliResult again = keychain(vault, {"quick-unlock", "enable"});
        QCOMPARE(again.exitCode, 6);

        // Changing the passphrase forgets it: the wrap and the keychain's key.
        passwd = vault.cli().vault({"passwd", "--new-passphrase-file", next});
        QVERIFY2(passwd.exitCode == 0, passwd.err.constData());
        QVERIFY(TestKeyring::entryNames().filter("/quick-unlock").isEmpty());
        refused = keychain(vault, {"get", "system:A"});
        QCOMPARE(refused.exitCode, 4);
    }

    void disableAndKeyRotationForgetIt()
    {
        const TestVault vault;
        vault.set(QStringLiteral("system:A"), "quick-unlock-value-2");
        QCOMPARE(vault.cli().vault({"quick-unlock", "enable"}).exitCode, 0);
        QCOMPARE(vault.cli().vault({"quick-unlock", "disable"}).exitCode, 0);
        QVERIFY(TestKeyring::entryNames().filter("/quick-unlock").isEmpty());
        QCOMPARE(keychain(vault, {"get", "system:A"}).exitCode, 4);

        QCOMPARE(vault.cli().vault({"quick-unlock", "enable"}).exitCode, 0);
        const CliResult rotated = vault.cli().vault(
            {"passwd", "--rotate-key", "--new-passphrase-file", vault.passphraseFile()});
        QVERIFY2(rotated.exitCode == 0, rotated.err.constData());
        QVERIFY(TestKeyring::entryNames().filter("/quick-unlock").isEmpty());
        QCOMPARE(keychain(vault, {"get", "system:A"}).exitCode, 4);
        const CliResult events = vault.cli().vault({"audit", "list", "--json"});
        QVERIFY(events.out.contains("key-rotated"));
        QVERIFY(events.out.contains("vault.quick-unlock-forgotten"));
    }

    void expiredOrMismatchedKeyIsForgotten()
    {
        const TestVault vault;
        vault.set(QStringLiteral("system:A"), "quick-unlock-value-3");
        QCOMPARE(
            vault.cli().vault({"settings", "set", "keychain.quick-unlock-lifetime", "1s"}).exitCode,
            0);
        QCOMPARE(vault.cli().vault({"quick-unlock", "enable"}).exitCode, 0);
        QTest::qWait(1300);
        CliResult expired = keychain(vault, {"get", "system:A"});
        QCOMPARE(expired.exitCode, 3);
        QVERIFY2(expired.err.contains("expired"), expired.err.constData());
        QVERIFY(expired.out.isEmpty());
        QVERIFY(TestKeyring::entryNames().filter("/quick-unlock").isEmpty());

        // A key in the keychain that does not open the file's wrap.
        QCOMPARE(vault.cli()
                     .vault({"settings", "set", "keychain.quick-unlock-lifetime", "14d"})
                     .exitCode,
                 0);
        QCOMPARE(vault.cli().vault({"quick-unlock", "enable"}).exitCode, 0);
        const Run replaced =
            runProgram(QStringLiteral("secret-tool"),
                       {"store", "--label=scopevault", "server", "scopevault", "user",
                        "vault/" + vaultIdOf(vault) + "/quick-unlock", "type", "base64"},
                       QByteArray(32, 'k').toBase64());
        QCOMPARE(replaced.exitCode, 0);
        const CliResult mismatch = keychain(vault, {"get", "system:A"});
        QCOMPARE(mismatch.exitCode, 3);
        QVERIFY2(mismatch.err.contains("does not open"), mismatch.err.constData());
        const CliResult status =
            vault.cli().run({"--vault", vault.path(), "quick-unlock", "status"});
        QVERIFY2(status.out.contains("off"), status.out.constData());
    }

    void valuesHeldInTheKeychain()
    {
        const TestVault vault;
        const QByteArray value = "kc-held-value-7f3a9c";
        const QString id = vaultIdOf(vault);
        QVERIFY(!id.isEmpty());
        CliResult stored =
            vault.cli().vault({"set", "pay:STRIPE_KEY", "--store", "keychain"}, value);
        QVERIFY2(stored.exitCode == 0, stored.err.constData());
        vault.set(QStringLiteral("system:FILE_HELD"), "file-held-value");
        // Exactly one value entry (and the anchor, armed by the first keychain-held value).
        QStringList names = TestKeyring::entryNames().filter(id);
        QCOMPARE(names.filter("/secret/").size(), 1);
        QCOMPARE(names.filter("/anchor").size(), 1);
        QCOMPARE(vault.cli().vault({"get", "pay:STRIPE_KEY"}).out, value);
        const CliResult list = vault.cli().vault({"list", "--json"});
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue& row : rows) {
            const bool held = row.toObject().value("reference").toString() == "pay:STRIPE_KEY";
            QCOMPARE(row.toObject().value("store").toString(),
                     held ? QStringLiteral("keychain") : QStringLiteral("vault"));
        }

        // A new value: a new entry, the old one deleted; the file keeps no older value of it.
        stored = vault.cli().vault({"set", "pay:STRIPE_KEY"}, "kc-held-value-2");
        QCOMPARE(stored.exitCode, 0);
        QCOMPARE(TestKeyring::entryNames().filter(id).filter("/secret/").size(), 1);
        QCOMPARE(vault.cli().vault({"get", "pay:STRIPE_KEY"}).out, QByteArray("kc-held-value-2"));
        const CliResult old = vault.cli().vault({"get", "pay:STRIPE_KEY", "--version", "1"});
        QCOMPARE(old.exitCode, 4);

        // Rotation with a generator keeps it in the keychain.
        QCOMPARE(vault.cli().vault({"rotate", "pay:STRIPE_KEY", "--generate"}).exitCode, 0);
        QCOMPARE(TestKeyring::entryNames().filter(id).filter("/secret/").size(), 1);
        const QByteArray generated = vault.cli().vault({"get", "pay:STRIPE_KEY"}).out;
        QVERIFY(generated.size() >= 16 && generated != "kc-held-value-2");

        // Back into the file: the entry goes away; and into the keychain again.
        CliResult moved =
            vault.cli().vault({"set", "pay:STRIPE_KEY", "--store", "vault"}, QByteArray());
        QVERIFY2(moved.exitCode == 0, moved.err.constData());
        QCOMPARE(TestKeyring::entryNames().filter(id).filter("/secret/").size(), 0);
        moved = vault.cli().vault({"set", "system:FILE_HELD", "--store", "keychain"}, QByteArray());
        QVERIFY2(moved.exitCode == 0, moved.err.constData());
        QVERIFY(moved.out.contains("version 1 kept"));
        QCOMPARE(TestKeyring::entryNames().filter(id).filter("/secret/").size(), 1);
        QCOMPARE(vault.cli().vault({"get", "system:FILE_HELD"}).out, QByteArray("file-held-value"));

        // Deleted: the entry goes with it.
        QCOMPARE(vault.cli().vault({"rm", "system:FILE_HELD"}).exitCode, 0);
        QCOMPARE(TestKeyring::entryNames().filter(id).filter("/secret/").size(), 0);
        QVERIFY(!vault.diskBytes().contains(value));
    }

    void exportedBundlesCarryKeychainHeldValues()
    {
        const TestVault vault;
        QCOMPARE(vault.cli()
                     .vault({"set", "system:OPENAI_API_KEY", "--store", "keychain"},
                            "sk-kc-bundle-value-1")
                     .exitCode,
                 0);
        const QString agent = qEnvironmentVariable("SCOPEVAULT_AGENT");
        const QString identity = vault.dirPath() + QStringLiteral("/alice.identity");
        const Run keygen = runProgram(agent, {"keygen", "--out", identity});
        QVERIFY2(keygen.exitCode == 0, keygen.err.constData());
        QCOMPARE(vault.cli()
                     .vault({"agent", "add", "alice", "--public-key",
                             QString::fromLatin1(keygen.out.trimmed())})
                     .exitCode,
                 0);
        QCOMPARE(vault.cli().vault({"action", "add", "chat/reply"}).exitCode, 0);
        QCOMPARE(vault.cli().vault({"action", "declare", "chat/reply", "OPENAI_API_KEY"}).exitCode,
                 0);
        QCOMPARE(vault.cli().vault({"grant", "alice", "chat/reply"}).exitCode, 0);
        const QString vaultKey =
            QString::fromLatin1(vault.cli().vault({"vault-key"}).out.trimmed());
        const QString bundle = vault.dirPath() + QStringLiteral("/alice.svb");
        const CliResult exported = vault.cli().vault({"export", "alice", "--out", bundle});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const Run child = runProgram(
            agent, {"exec", "--bundle", bundle, "--identity", identity, "--vault-key", vaultKey,
                    "--receipts", vault.dirPath() + "/receipts.jsonl", "--", "/usr/bin/env"});
        QVERIFY2(child.exitCode == 0, child.err.constData());
        QVERIFY(child.out.contains("OPENAI_API_KEY=sk-kc-bundle-value-1"));
    }

    void aMissingEntryIsAClearErrorAndTheFileAloneHoldsNothing()
    {
        const TestVault vault;
        QCOMPARE(vault.cli()
                     .vault({"set", "system:GONE", "--store", "keychain"}, "gone-value-1")
                     .exitCode,
                 0);
        QCOMPARE(vault.cli().vault({"verify"}).exitCode, 0);
        // The vault file copied to where the keychain does not hold the entry.
        const QString name =
            TestKeyring::entryNames().filter(vaultIdOf(vault)).filter("/secret/").value(0);
        QVERIFY(!name.isEmpty());
        TestKeyring::removeEntry(name);
        const CliResult get = vault.cli().vault({"get", "system:GONE"});
        QCOMPARE(get.exitCode, 4);
        QVERIFY2(get.err.contains("system:GONE is held in the OS keychain, which gives no entry"),
                 get.err.constData());
        const CliResult status = vault.cli().vault({"keychain", "status"});
        QCOMPARE(status.exitCode, 4);
        QVERIFY(status.out.contains("system:GONE  MISSING (or the keyring is locked)"));
        QVERIFY(!vault.diskBytes().contains("gone-value-1"));
        // The audit log records the failed read.
        QVERIFY(vault.cli().vault({"audit", "list", "--json"}).out.contains("not-found"));
    }

    void anOlderCopyOfTheFileIsRefused()
    {
        const TestVault vault;
        QCOMPARE(vault.cli().vault({"set", "system:K", "--store", "keychain"}, "anchor-1").exitCode,
                 0);
        vault.set(QStringLiteral("system:A"), "anchor-file-1");
        QCOMPARE(vault.cli().vault({"verify"}).exitCode, 0); // checkpoints the WAL as well
        const QString copy = vault.dirPath() + QStringLiteral("/backup.svdb");
        QVERIFY(QFile::copy(vault.path(), copy));
        vault.set(QStringLiteral("system:A"), "anchor-file-2");
        QVERIFY(QFile::remove(vault.path()));
        QFile::remove(vault.path() + "-wal");
        QFile::remove(vault.path() + "-shm");
        QVERIFY(QFile::copy(copy, vault.path()));

        const CliResult refused = vault.cli().vault({"get", "system:A"});
        QCOMPARE(refused.exitCode, 5);
        QVERIFY2(refused.err.contains("older than the copy this computer last saw"),
                 refused.err.constData());
        QVERIFY(refused.err.contains("--accept-rollback"));
        QVERIFY(refused.out.isEmpty());
        const CliResult accepted = vault.cli().vault({"--accept-rollback", "get", "system:A"});
        QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
        QCOMPARE(accepted.out, QByteArray("anchor-file-1"));
        // Accepted once, recorded, and the anchor follows the file from then on.
        QCOMPARE(vault.cli().vault({"get", "system:A"}).exitCode, 0);
        QVERIFY(vault.cli().vault({"audit", "list", "--json"}).out.contains("rollback-accepted"));
    }

    void noKeychainFailsClearlyWithinTheTimeout()
    {
        const TestVault vault;
        vault.set(QStringLiteral("system:A"), "no-keychain-1");
        QCOMPARE(vault.cli().vault({"quick-unlock", "enable"}).exitCode, 0);
        QProcessEnvironment noBus;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString());
        QElapsedTimer timer;
        timer.start();
        CliResult result =
            vault.cli().run({"--vault", vault.path(), "--keychain", "get", "system:A"}, {}, noBus);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("no OS keychain is available"), result.err.constData());
        result = vault.cli().run({"--vault", vault.path(), "--passphrase-file",
                                  vault.passphraseFile(), "set", "system:B", "--store", "keychain"},
                                 "no-keychain-2", noBus);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("system:B was not stored"), result.err.constData());
        QVERIFY(timer.elapsed() < 3000);
        // Nothing was stored instead, and values in the file still work without a keychain
        // (the anchor's check becomes a warning).
        result = vault.cli().run({"--vault", vault.path(), "--passphrase-file",
                                  vault.passphraseFile(), "get", "system:A"},
                                 {}, noBus);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("no-keychain-1"));
        QVERIFY(result.err.contains("warning:"));
        QCOMPARE(vault.cli().vault({"get", "system:B"}).exitCode, 4);

        // A session bus on which no keyring exists.
        const Run empty = runProgram(
            QStringLiteral("dbus-run-session"),
            {"--config-file=" + qEnvironmentVariable("SCOPEVAULT_TEST_EMPTY_BUS"), "--",
             CliRunner::binary(), "--vault", vault.path(), "--keychain", "get", "system:A"});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains("no OS keychain is available"), empty.err.constData());
        QVERIFY(empty.out.isEmpty());
    }

    void aKeyringThatNeverAnswersTimesOut()
    {
        const TestVault vault;
        QCOMPARE(vault.cli().vault({"set", "system:K", "--store", "keychain"}, "frozen-1").exitCode,
                 0);
        QCOMPARE(vault.cli().vault({"quick-unlock", "enable"}).exitCode, 0);
        TestKeyring::freeze(true);
        QElapsedTimer timer;
        timer.start();
        const CliResult quick = vault.cli().run(
            {"--vault", vault.path(), "--keychain-timeout", "1", "--keychain", "list"});
        const qint64 quickMs = timer.restart();
        const CliResult read =
            vault.cli().run({"--vault", vault.path(), "--passphrase-file", vault.passphraseFile(),
                             "--keychain-timeout", "1", "get", "system:K"});
        const qint64 readMs = timer.elapsed();
        TestKeyring::freeze(false);
        QCOMPARE(quick.exitCode, 1);
        QVERIFY2(quick.err.contains("did not answer within 1 s"), quick.err.constData());
        QVERIFY2(quickMs < 2500, QByteArray::number(quickMs).constData());
        QCOMPARE(read.exitCode, 1);
        QVERIFY2(read.err.contains("system:K is held in the OS keychain: the OS keychain did not "
                                   "answer within 1 s"),
                 read.err.constData());
        // The anchor's check and the value's read each wait once, at most.
        QVERIFY2(readMs < 3500, QByteArray::number(readMs).constData());
        QVERIFY(read.out.isEmpty());
        // Answering again, everything is as it was.
        QCOMPARE(vault.cli().vault({"get", "system:K"}).out, QByteArray("frozen-1"));
    }

    void aLockedKeyringRefusesWithoutForgetting()
    {
        const TestVault vault;
        QCOMPARE(vault.cli().vault({"set", "system:K", "--store", "keychain"}, "locked-1").exitCode,
                 0);
        QCOMPARE(vault.cli().vault({"quick-unlock", "enable"}).exitCode, 0);
        // Locked, with no display for the unlock prompt: the keyring answers "no such item".
        const Run locked =
            runProgram(QStringLiteral("dbus-send"),
                       {"--session", "--print-reply", "--dest=org.freedesktop.secrets",
                        "/org/freedesktop/secrets", "org.freedesktop.Secret.Service.Lock",
                        "array:objpath:/org/freedesktop/secrets/collection/login"});
        QVERIFY2(locked.exitCode == 0, locked.err.constData());
        QElapsedTimer timer;
        timer.start();
        const CliResult get = vault.cli().vault({"get", "system:K"});
        QCOMPARE(get.exitCode, 4);
        QVERIFY2(get.err.contains("the keyring is locked"), get.err.constData());
        QVERIFY(get.out.isEmpty());
        const CliResult quick = keychain(vault, {"list"});
        QCOMPARE(quick.exitCode, 3);
        QVERIFY2(quick.err.contains("the keyring is locked"), quick.err.constData());
        QVERIFY(timer.elapsed() < 6000);
        // Quick unlock stays on: a locked keyring is not a reason to forget it. (The keyring
        // stays locked: this test runs last.)
        const CliResult status =
            vault.cli().run({"--vault", vault.path(), "quick-unlock", "status"});
        QVERIFY2(status.out.contains("on since"), status.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
