// Unlock time of a vault holding 10,000 secrets, as a ratio of the Argon2id derivation alone
// with the same parameters, measured in the same run. Target: <= 1.05. Also `get` and `set`
// of one secret (target for get from 1,000,000 secrets: <= 1.05).
// With --cli PATH, whole processes of that scopevault-cli too: `list` and `get` against the
// derivation alone (in this process), interleaved, with the list's peak memory; --vault PATH
// keeps the vault (built when missing) for later runs.
//   bench_unlock [--secrets N] [--kdf PRESET] [--rounds R] [--cli PATH] [--vault PATH]
#include "BenchProcess.h"
#include "SqliteVaultRepository.h"
#include "crypto/Kdf.h"
#include "crypto/KdfParams.h"
#include "secrets/SecretService.h"
#include "vault/SystemClock.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace scopevault;

namespace {

double median(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double elapsedMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const auto option = [&](const char* name, const QString& fallback) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const int secrets = option("--secrets", QStringLiteral("10000")).toInt();
    const QString preset = option("--kdf", QStringLiteral("moderate"));
    const int rounds = option("--rounds", QStringLiteral("5")).toInt();
    const KdfParams params = KdfParams::fromPreset(preset);

    const QString cli = option("--cli", QString());
    QTemporaryDir dir;
    const QString path = option("--vault", dir.filePath(QStringLiteral("bench.svdb")));
    const SecureBuffer passphrase = SecureBuffer::copyOf("benchmark passphrase");
    SystemClock clock;
    if (!QFileInfo::exists(path)) {
        SqliteVaultRepository repository(path);
        VaultService vault(repository, clock);
        vault.create(passphrase, params);
        const SecureBuffer value = SecureBuffer::copyOf("sk-0123456789abcdef0123456789abcdef");
        repository.transact([&] {
            for (int i = 0; i < secrets; ++i) {
                const QString scope = i % 3 == 0 ? QStringLiteral("system")
                                      : i % 3 == 1
                                          ? QStringLiteral("pack%1").arg(i % 100)
                                          : QStringLiteral("pack%1/act%2").arg(i % 100).arg(i % 7);
                SecretService(vault).setSecret(
                    SecretRef(Scope::parse(scope), QStringLiteral("KEY_%1").arg(i)), value);
            }
        });
    }

    SqliteVaultRepository probe(path);
    probe.open();
    const VaultHeader header = probe.readHeader();
    // The measurements are interleaved round by round so that drift (thermal, other load)
    // affects the reference and the measured paths alike.
    std::vector<double> kdf, open, unlock, unlockList, unlockGet, unlockSet;
    // What `get` and `set` do in the CLI: unlock (which checks the catalog and the sealed
    // state), read or write one secret (checked against, or committed to, the commitment),
    // audit it, lock.
    const SecretRef probeRef(Scope::parse(QStringLiteral("system")),
                             QStringLiteral("KEY_%1").arg((secrets / 2) / 3 * 3));
    const SecureBuffer newValue = SecureBuffer::copyOf("sk-fedcba9876543210fedcba9876543210");
    std::size_t listed = 0;
    for (int round = 0; round < rounds; ++round) {
        kdf.push_back(elapsedMs([&] { (void)Kdf::derive(passphrase, header.salt, header.kdf); }));
        open.push_back(elapsedMs([&] {
            SqliteVaultRepository repository(path);
            repository.open();
            (void)repository.readHeader();
        }));
        unlock.push_back(elapsedMs([&] {
            SqliteVaultRepository repository(path);
            VaultService vault(repository, clock);
            vault.unlock(passphrase);
        }));
        unlockList.push_back(elapsedMs([&] {
            SqliteVaultRepository repository(path);
            VaultService vault(repository, clock);
            vault.unlock(passphrase);
            listed = SecretService(vault).listSecrets(std::nullopt).size();
        }));
        unlockGet.push_back(elapsedMs([&] {
            SqliteVaultRepository repository(path);
            VaultService vault(repository, clock);
            vault.unlock(passphrase);
            (void)SecretService(vault).readValue(probeRef);
        }));
        unlockSet.push_back(elapsedMs([&] {
            SqliteVaultRepository repository(path);
            VaultService vault(repository, clock);
            vault.unlock(passphrase);
            (void)SecretService(vault).setSecret(probeRef, newValue);
        }));
    }
    const double kdfMs = median(kdf);
    const double openMs = median(open);
    const double unlockMs = median(unlock);
    const double unlockListMs = median(unlockList);
    std::printf("secrets=%d kdf=%s rounds=%d (medians)\n", secrets, qPrintable(params.describe()),
                rounds);
    std::printf("argon2id alone:          %8.1f ms\n", kdfMs);
    std::printf("open file + read header: %8.1f ms\n", openMs);
    std::printf("unlock:                  %8.1f ms  ratio %.3f (target <= 1.05)\n", unlockMs,
                unlockMs / kdfMs);
    std::printf("unlock + list %zu:     %8.1f ms  ratio %.3f\n", listed, unlockListMs,
                unlockListMs / kdfMs);
    const double getMs = median(unlockGet);
    const double setMs = median(unlockSet);
    std::printf("unlock + get one + lock: %8.1f ms  ratio %.3f (target <= 1.05)\n", getMs,
                getMs / kdfMs);
    std::printf("unlock + set one + lock: %8.1f ms  ratio %.3f\n", setMs, setMs / kdfMs);
    if (cli.isEmpty()) {
        return 0;
    }
    // Whole processes, as a user runs them, against the derivation alone in this process.
    const QString passFile = dir.filePath(QStringLiteral("pass"));
    {
        QFile pass(passFile);
        pass.open(QIODevice::WriteOnly);
        pass.write("benchmark passphrase");
    }
    const QStringList common{cli, QStringLiteral("--vault"), path,
                             QStringLiteral("--passphrase-file"), passFile};
    std::vector<double> kdfAgain, listRuns, getRuns;
    long listPeakKb = 0;
    for (int round = 0; round < rounds; ++round) {
        kdfAgain.push_back(
            elapsedMs([&] { (void)Kdf::derive(passphrase, header.salt, header.kdf); }));
        const bench::ProcessRun list =
            bench::runProcess(common + QStringList{QStringLiteral("list")});
        listRuns.push_back(list.ms);
        listPeakKb = std::max(listPeakKb, list.peakKb);
        getRuns.push_back(
            bench::runProcess(common + QStringList{QStringLiteral("get"), probeRef.toString()}).ms);
    }
    const double kdf2 = median(kdfAgain);
    const double listProcess = median(listRuns);
    const double getProcess = median(getRuns);
    std::printf("processes (%s):\n", qPrintable(cli));
    std::printf("argon2id alone:          %8.1f ms (in this process, interleaved)\n", kdf2);
    std::printf("`list` of %zu:       %8.1f ms  ratio %.3f (target <= 1.05); %.2f us a secret "
                "beyond the KDF; peak RSS %.0f MB\n",
                listed, listProcess, listProcess / kdf2,
                (listProcess - kdf2) * 1000.0 /
                    static_cast<double>(std::max<std::size_t>(1, listed)),
                static_cast<double>(listPeakKb) / 1024.0);
    std::printf("`get` one:               %8.1f ms  ratio %.3f (target <= 1.05)\n", getProcess,
                getProcess / kdf2);
    std::printf("vault file:              %8.1f MB, %.0f bytes a secret\n",
                static_cast<double>(QFileInfo(path).size()) / 1e6,
                static_cast<double>(QFileInfo(path).size()) /
                    static_cast<double>(std::max<std::size_t>(1, listed)));
    return 0;
}
