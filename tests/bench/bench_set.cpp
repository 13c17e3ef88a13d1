// `set` of one secret in a vault of N secrets, each in its own transaction (synchronous=FULL,
// as the CLI runs it, without the KDF): the time per set, and a loop long enough to profile
// where it goes (docs/BENCHMARKS.md: the audit's share, target <= 25%).
//   bench_set [--secrets 10000] [--sets 3000]
//   perf record --call-graph dwarf -o set.data build-bench/tests/bench/bench_set
#include "SqliteVaultRepository.h"
#include "crypto/KdfParams.h"
#include "secrets/SecretService.h"
#include "vault/SystemClock.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace scopevault;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const auto option = [&](const char* name, int fallback) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    const int secrets = option("--secrets", 10000);
    const int sets = option("--sets", 3000);
    QTemporaryDir dir;
    SystemClock clock;
    SqliteVaultRepository repository(dir.filePath(QStringLiteral("set.svdb")));
    VaultService vault(repository, clock);
    vault.create(SecureBuffer::copyOf("bench"), KdfParams{1, 8 * 1024 * 1024});
    SecretService service(vault);
    const auto refOf = [](int i) {
        return SecretRef(Scope::parse(i % 2 == 0 ? QStringLiteral("system")
                                                 : QStringLiteral("pack%1").arg(i % 50)),
                         QStringLiteral("KEY_%1").arg(i));
    };
    repository.transact([&] {
        for (int i = 0; i < secrets; ++i) {
            service.setSecret(refOf(i), "sk-0123456789abcdef0123456789abcdef");
        }
    });
    std::vector<double> times;
    times.reserve(static_cast<std::size_t>(sets));
    QElapsedTimer timer;
    for (int i = 0; i < sets; ++i) {
        const QByteArray value = "sk-new-" + QByteArray::number(i) + "-0123456789abcdef";
        timer.start();
        service.setSecret(refOf((i * 7919) % secrets), std::string_view(value.constData()));
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e3);
    }
    std::sort(times.begin(), times.end());
    std::printf("secrets=%d sets=%d: set one, own transaction: median %.0f us, p90 %.0f us\n",
                secrets, sets, times[times.size() / 2], times[times.size() * 9 / 10]);
    return 0;
}
