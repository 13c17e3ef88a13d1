// `rotation list` over a vault of 100,000 secrets of which 20,000 have a policy of their own:
// the time it adds to an unlock (target: <= 50 ms), with the plain listing of the same
// secrets as the reference measured in the same run.
//   bench_rotation [--secrets N] [--policies P] [--rounds R] [--kdf PRESET] [--vault PATH]
// With --vault, the vault is built there once and reused by later runs.
#include "SqliteVaultRepository.h"
#include "crypto/KdfParams.h"
#include "rotation/RotationService.h"
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
    const int secrets = option("--secrets", QStringLiteral("100000")).toInt();
    const int policies = option("--policies", QStringLiteral("20000")).toInt();
    const int rounds = option("--rounds", QStringLiteral("5")).toInt();
    const KdfParams params = KdfParams::fromPreset(option("--kdf", QStringLiteral("interactive")));

    QTemporaryDir dir;
    const QString path = option("--vault", dir.filePath(QStringLiteral("bench.svdb")));
    const SecureBuffer passphrase = SecureBuffer::copyOf("benchmark passphrase");
    SystemClock clock;
    const auto refOf = [](int i) {
        const QString scope = i % 3 == 0   ? QStringLiteral("system")
                              : i % 3 == 1 ? QStringLiteral("pack%1").arg(i % 100)
                                           : QStringLiteral("pack%1/act%2").arg(i % 100).arg(i % 7);
        return SecretRef(Scope::parse(scope), QStringLiteral("KEY_%1").arg(i));
    };
    if (!QFileInfo::exists(path)) {
        SqliteVaultRepository repository(path);
        VaultService vault(repository, clock);
        vault.create(passphrase, params);
        const SecureBuffer value = SecureBuffer::copyOf("sk-0123456789abcdef0123456789abcdef");
        repository.transact([&] {
            for (int i = 0; i < secrets; ++i) {
                SecretService(vault).setSecret(refOf(i), value);
            }
            // Every fifth secret has a policy of its own: intervals and expiry dates spread
            // so that every status occurs.
            RotationService rotation(vault);
            const QDate today = clock.nowUtc().date();
            for (int i = 0, made = 0; i < secrets && made < policies; i += 5, ++made) {
                RotationService::PolicyChange change;
                if (made % 2 == 0) {
                    change.everySeconds = qint64(1 + made % 180) * 24 * 3600;
                    change.warnSeconds = 0;
                } else {
                    change.expires = today.addDays(made % 200 - 50);
                }
                (void)rotation.setPolicy(GrantTarget(refOf(i)), change);
            }
        });
    }

    if (args.contains(QStringLiteral("--profile"))) {
        // One unlock and schedule, for perf.
        SqliteVaultRepository repository(path);
        VaultService vault(repository, clock);
        vault.unlock(passphrase);
        for (int i = 0; i < rounds; ++i) {
            (void)RotationService(vault).schedule();
        }
        return 0;
    }
    std::vector<double> unlock, list, schedule;
    std::size_t listed = 0;
    std::size_t scheduled = 0;
    for (int round = 0; round < rounds; ++round) {
        unlock.push_back(elapsedMs([&] {
            SqliteVaultRepository repository(path);
            VaultService vault(repository, clock);
            vault.unlock(passphrase);
        }));
        // As the CLI runs them: the rows are read while the KDF runs (prepareListing).
        list.push_back(elapsedMs([&] {
            SqliteVaultRepository repository(path);
            VaultService vault(repository, clock);
            vault.unlock(passphrase, [&] { SecretService(vault).prepareListing(); });
            listed = SecretService(vault).listSecrets(std::nullopt).size();
        }));
        schedule.push_back(elapsedMs([&] {
            SqliteVaultRepository repository(path);
            VaultService vault(repository, clock);
            vault.unlock(passphrase, [&] { SecretService(vault).prepareListing(); });
            scheduled = RotationService(vault).schedule().size();
        }));
    }
    const double unlockMs = median(unlock);
    const double listMs = median(list);
    const double scheduleMs = median(schedule);
    // The vault's own parameters: --kdf only applies when the vault is built.
    KdfParams used = params;
    {
        SqliteVaultRepository repository(path);
        VaultService vault(repository, clock);
        vault.open();
        used = vault.kdfParams();
    }
    std::printf("secrets=%d policies=%d rounds=%d kdf=%s (medians)\n", secrets, policies, rounds,
                qPrintable(used.describe()));
    std::printf("unlock:                    %8.1f ms\n", unlockMs);
    std::printf("unlock + list %zu:      %8.1f ms  (list adds %.1f ms)\n", listed, listMs,
                listMs - unlockMs);
    std::printf("unlock + rotation list %zu: %8.1f ms  (adds %.1f ms; target <= 50 ms; beyond "
                "the listing %.1f ms)\n",
                scheduled, scheduleMs, scheduleMs - unlockMs, scheduleMs - listMs);
    return 0;
}
