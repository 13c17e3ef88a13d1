// 500 `set` commands, each SIGKILLed at a random moment. Every set that exited 0 must be
// present and readable afterwards; nothing may be corrupt. And 100 key rotations, each
// SIGKILLed at a random moment: afterwards exactly one of the old and new passphrases opens
// the vault, and every value reads.
#include "SqliteVaultRepository.h"
#include "TestVault.h"
#include "secrets/SecretService.h"
#include "vault/SystemClock.h"
#include "vault/VaultService.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace scopevault;
using namespace scopevault::test;

namespace {

QByteArray valueFor(int i)
{
    return "crash-value-" + QByteArray::number(i);
}

QString refFor(int i)
{
    return QStringLiteral("crashpack/act:K%1").arg(i);
}

} // namespace

class TestCliCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedSetsNeverLoseCommittedWork()
    {
        TestVault vault;
        const QStringList base{QStringLiteral("--vault"), vault.path(),
                               QStringLiteral("--passphrase-file"), vault.passphraseFile(),
                               QStringLiteral("set")};
        // How long an undisturbed set takes here, kept current as runs complete (sanitizer
        // builds and a loaded machine are slower): kills land across the whole run time.
        double typicalMs = 0;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(vault.cli()
                         .vault({QStringLiteral("set"), QStringLiteral("system:WARMUP")}, "w")
                         .exitCode,
                     0);
            typicalMs = std::max(typicalMs, static_cast<double>(timer.elapsed()));
        }

        const int seed = qEnvironmentVariableIsSet("SCOPEVAULT_CRASH_SEED")
                             ? qEnvironmentVariableIntValue("SCOPEVAULT_CRASH_SEED")
                             : static_cast<int>(QRandomGenerator::global()->generate() % 100000);
        qInfo("seed %d, typical set %.0f ms", seed, typicalMs);
        QRandomGenerator random(static_cast<quint32>(seed));
        QSet<int> committed;
        int killed = 0;
        for (int i = 0; i < 500; ++i) {
            QProcess process;
            QElapsedTimer runTime;
            runTime.start();
            process.start(CliRunner::binary(), base + QStringList{refFor(i)});
            QVERIFY(process.waitForStarted());
            process.write(valueFor(i));
            process.closeWriteChannel();
            const int delay = static_cast<int>(random.bounded(2 * typicalMs + 1));
            if (process.waitForFinished(delay)) {
                typicalMs = 0.8 * typicalMs + 0.2 * static_cast<double>(runTime.elapsed());
            } else {
                process.kill(); // SIGKILL
                process.waitForFinished();
                ++killed;
            }
            if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0) {
                committed.insert(i);
            }
        }
        qInfo("%lld sets exited 0, %d were sent SIGKILL", static_cast<long long>(committed.size()),
              killed);
        QVERIFY2(killed > 50, "too few kills to mean anything; the delays are off");
        QVERIFY2(committed.size() > 50, "too few completed sets to mean anything");
        QVERIFY2(killed + committed.size() >= 500, "every run either completed or was killed");

        QProcess check;
        check.start(QStringLiteral("sqlite3"),
                    {vault.path(), QStringLiteral("PRAGMA integrity_check")});
        QVERIFY(check.waitForFinished());
        QCOMPARE(check.readAllStandardOutput().trimmed(), QByteArray("ok"));

        const CliResult list =
            vault.cli().vault({QStringLiteral("list"), QStringLiteral("crashpack")});
        QCOMPARE(list.exitCode, 0);

        SystemClock clock;
        SqliteVaultRepository repository(vault.path());
        VaultService service(repository, clock);
        service.unlock(SecureBuffer::copyOf(TestVault::Passphrase));
        const std::vector<SecretInfo> present =
            SecretService(service).listSecrets(Scope::parse(QStringLiteral("crashpack/act")));
        QSet<QString> presentRefs;
        for (const SecretInfo& info : present) {
            presentRefs.insert(info.ref.toString());
            // Whatever is present (committed, or killed just after commit) is intact.
            const int i = info.ref.name().mid(1).toInt();
            QCOMPARE(
                QByteArrayView(SecretService(service).readValue(info.ref).view()).toByteArray(),
                valueFor(i));
        }
        for (int i : committed) {
            QVERIFY2(presentRefs.contains(refFor(i)), qPrintable(refFor(i)));
        }
    }

    void killedKeyRotationsLeaveExactlyOneKey()
    {
        TestVault vault;
        QByteArray env;
        for (int i = 0; i < 100; ++i) {
            env +=
                "ROT_" + QByteArray::number(i) + "=rotation-value-" + QByteArray::number(i) + "\n";
        }
        const QString envFile = vault.writeFile(QStringLiteral("rot.env"), env);
        QCOMPARE(vault.cli().vault({"import", "dotenv", envFile, "--scope", "rot/act"}).exitCode,
                 0);
        const QStringList passphrases{vault.passphraseFile(),
                                      vault.writeFile(QStringLiteral("other"), "other pass\n")};
        const auto opens = [&](int which) {
            const CliResult verify = CliRunner(vault.path(), passphrases[which]).vault({"verify"});
            if (verify.exitCode == 3) {
                return false; // wrong passphrase: this one does not open it
            }
            [&] {
                QCOMPARE(verify.exitCode, 0);
            }(); // opens, and then holds entirely
            return verify.exitCode == 0;
        };
        // Rotates from passphrase `from` to the other one.
        const auto rotate = [&](QProcess& process, int from) {
            process.start(CliRunner::binary(),
                          {QStringLiteral("--vault"), vault.path(),
                           QStringLiteral("--passphrase-file"), passphrases[from],
                           QStringLiteral("passwd"), QStringLiteral("--rotate-key"),
                           QStringLiteral("--kdf"), QStringLiteral("custom:1,8"),
                           QStringLiteral("--new-passphrase-file"), passphrases[1 - from]});
        };
        double typicalMs = 0;
        int current = 0;
        for (int i = 0; i < 2; ++i) {
            QElapsedTimer timer;
            timer.start();
            QProcess process;
            rotate(process, current);
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 0);
            current = 1 - current;
            typicalMs = std::max(typicalMs, static_cast<double>(timer.elapsed()));
        }
        QRandomGenerator random(static_cast<quint32>(QRandomGenerator::global()->generate()));
        int killed = 0;
        int completed = 0;
        for (int i = 0; i < 100; ++i) {
            QProcess process;
            QElapsedTimer runTime;
            runTime.start();
            rotate(process, current);
            QVERIFY(process.waitForStarted());
            const int delay = static_cast<int>(random.bounded(2.5 * typicalMs + 1));
            if (process.waitForFinished(delay)) {
                typicalMs = 0.8 * typicalMs + 0.2 * static_cast<double>(runTime.elapsed());
                QCOMPARE(process.exitCode(), 0);
                ++completed;
            } else {
                process.kill(); // SIGKILL
                process.waitForFinished();
                ++killed;
            }
            const bool oldOpens = opens(current);
            const bool newOpens = opens(1 - current);
            QVERIFY2(
                oldOpens != newOpens,
                qPrintable(
                    QStringLiteral("round %1: old %2, new %3").arg(i).arg(oldOpens).arg(newOpens)));
            if (newOpens) {
                current = 1 - current;
            }
        }
        qInfo("%d rotations completed, %d were sent SIGKILL", completed, killed);
        QVERIFY2(killed >= 15 && completed >= 15, "the kill delays are off");
        const CliRunner cli(vault.path(), passphrases[current]);
        for (int i = 0; i < 100; i += 9) {
            QCOMPARE(cli.vault({"get", QStringLiteral("rot/act:ROT_%1").arg(i)}).out,
                     "rotation-value-" + QByteArray::number(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliCrash)
#include "tst_cli_crash.moc"
