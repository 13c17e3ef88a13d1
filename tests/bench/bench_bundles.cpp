// Bundle benchmarks (docs/BUNDLE-FORMAT.md, docs/BENCHMARKS.md):
//  1. export for A agents x S secrets in one call of the core service the CLI uses, files
//     written (target: 1,000 x 50 <= 2 s);
//  2. `scopevault-agent exec -- /bin/true` against a bare `/bin/true` (target: <= 10 ms more),
//     and against `age -d` of a file of the same size (the tool a user would otherwise pick).
//   bench_bundles AGENT_BINARY [--agents 1000] [--secrets 50] [--runs 200]
#include "AgentIdentity.h"
#include "BenchProcess.h"
#include "CryptoInit.h"
#include "ProcessHardening.h"
#include "SqliteVaultRepository.h"
#include "bundles/BundleService.h"
#include "catalog/AgentName.h"
#include "catalog/AgentService.h"
#include "catalog/GrantService.h"
#include "catalog/ScopeService.h"
#include "secrets/SecretService.h"
#include "store/StoreAccess.h"
#include "store/VaultStore.h"
#include "vault/SystemClock.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <vector>

extern char** environ;

using namespace scopevault;

namespace {

int option(const QStringList& args, const char* name, int fallback)
{
    const qsizetype at = args.indexOf(QLatin1String(name));
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

// Runs the command to completion `runs` times; returns per-run wall times in ms, sorted.
std::vector<double> timeRuns(const QStringList& command, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        times.push_back(bench::runProcess(command).ms);
    }
    std::sort(times.begin(), times.end());
    return times;
}

double median(const std::vector<double>& sorted)
{
    return sorted[sorted.size() / 2];
}

double mean(const std::vector<double>& values)
{
    double sum = 0;
    for (const double v : values) {
        sum += v;
    }
    return sum / double(values.size());
}

QString run(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qFatal("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    }
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

} // namespace

int main(int argc, char* argv[])
{
    (void)ProcessHardening::apply();
    QCoreApplication app(argc, argv);
    CryptoInit::ensureInitialised();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_bundles AGENT_BINARY [--agents N] [--secrets N] "
                             "[--runs N]\n");
        return 2;
    }
    const QString agentBinary = args.at(1);
    const int agents = option(args, "--agents", 1000);
    const int secrets = option(args, "--secrets", 50);
    const int runs = option(args, "--runs", 200);

    QTemporaryDir dir;
    // BENCH_KEEP=1 keeps the folder and prints the exec command line, for strace or perf.
    dir.setAutoRemove(!qEnvironmentVariableIsSet("BENCH_KEEP"));
    SystemClock clock;
    SqliteVaultRepository repository(dir.filePath(QStringLiteral("bench.svdb")));
    VaultService vault(repository, clock);
    vault.create(SecureBuffer::copyOf("bench"),
                 KdfParams::fromPreset(QStringLiteral("custom:1,8")));

    QElapsedTimer setup;
    setup.start();
    const Scope action = Scope::action(QStringLiteral("bench"), QStringLiteral("run"));
    AgentIdentity execIdentity = AgentIdentity::generate();
    storeOf(vault).transact([&] {
        ScopeService scopes(vault);
        scopes.create(action, QString());
        for (int s = 0; s < secrets; ++s) {
            const QString name = QStringLiteral("SECRET_%1").arg(s);
            scopes.declare(action, {name, QString(), true});
            QByteArray random(16, Qt::Uninitialized);
            randombytes_buf(random.data(), std::size_t(random.size()));
            const SecureBuffer value = SecureBuffer::copyOf(random.toHex()); // 32 characters
            SecretService(vault).setSecret(SecretRef(Scope::pack(QStringLiteral("bench")), name),
                                           value);
        }
        AgentService agentService(vault);
        GrantService grants(vault);
        for (int a = 0; a < agents; ++a) {
            unsigned char pk[crypto_box_PUBLICKEYBYTES];
            unsigned char sk[crypto_box_SECRETKEYBYTES];
            crypto_box_keypair(pk, sk);
            const QString name = QStringLiteral("agent%1").arg(a);
            agentService.add(
                AgentName::parse(name),
                QString::fromLatin1(QByteArray(reinterpret_cast<char*>(pk), sizeof pk).toBase64()),
                QString());
            grants.grant(name, GrantTarget(action), std::nullopt);
        }
        agentService.add(AgentName::parse(QStringLiteral("exec-agent")),
                         QString::fromStdString(execIdentity.publicKeyBase64()), QString());
        grants.grant(QStringLiteral("exec-agent"), GrantTarget(action), std::nullopt);
    });
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    std::printf("setup: %d agents, %d secrets in %.1f s\n", agents, secrets,
                double(setup.elapsed()) / 1000);

    QDir().mkpath(dir.filePath(QStringLiteral("out")));
    BundleService bundles(vault);
    std::vector<double> exportTimes;
    for (int round = 0; round < 3; ++round) {
        QList<BundleRequest> requests;
        for (int a = 0; a < agents; ++a) {
            requests.append({QStringLiteral("agent%1").arg(a),
                             {action},
                             std::nullopt,
                             dir.filePath(QStringLiteral("out/agent%1.svb").arg(a)),
                             true});
        }
        QElapsedTimer timer;
        timer.start();
        const QList<BundleExport> done = bundles.exportBundles(requests);
        exportTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (done.size() != agents) {
            qFatal("exported %lld of %d", qint64(done.size()), agents);
        }
    }
    std::sort(exportTimes.begin(), exportTimes.end());
    const qint64 bundleBytes = QFileInfo(dir.filePath(QStringLiteral("out/agent0.svb"))).size();
    std::printf("export %d agents x %d secrets (files written, %lld bytes each): best %.0f ms, "
                "median %.0f ms of 3 (target <= 2000 ms)\n",
                agents, secrets, bundleBytes, exportTimes.front(), median(exportTimes));

    // exec overhead
    const QString identity = dir.filePath(QStringLiteral("exec.identity"));
    execIdentity.save(identity.toStdString(), "bench");
    const QString bundle = dir.filePath(QStringLiteral("exec.svb"));
    (void)bundles.exportBundle(
        {QStringLiteral("exec-agent"), {action}, std::nullopt, bundle, false});
    const QString vaultKey = QString::fromLatin1(vault.signingPublicKey().toBase64());
    const QString receipts = dir.filePath(QStringLiteral("receipts.jsonl"));
    if (qEnvironmentVariableIsSet("BENCH_KEEP")) {
        std::printf("exec: %s exec --bundle %s --identity %s --vault-key %s --receipts %s -- "
                    "/bin/true\n",
                    qPrintable(agentBinary), qPrintable(bundle), qPrintable(identity),
                    qPrintable(vaultKey), qPrintable(receipts));
    }
    const std::vector<double> bare = timeRuns({QStringLiteral("/bin/true")}, runs);
    const std::vector<double> consumer = timeRuns(
        {agentBinary, QStringLiteral("exec"), QStringLiteral("--bundle"), bundle,
         QStringLiteral("--identity"), identity, QStringLiteral("--vault-key"), vaultKey,
         QStringLiteral("--receipts"), receipts, QStringLiteral("--"), QStringLiteral("/bin/true")},
        runs);
    const std::vector<double> floor = timeRuns({agentBinary, QStringLiteral("--version")}, runs);
    std::printf("scopevault-agent --version (start-up): median %.2f ms (process start-up)\n",
                median(floor));
    std::printf("/bin/true bare:                        median %.2f ms, mean %.2f ms (%d runs)\n",
                median(bare), mean(bare), runs);
    std::printf("scopevault-agent exec -- /bin/true:    median %.2f ms, mean %.2f ms "
                "(overhead %.2f ms median; target <= 10 ms)\n",
                median(consumer), mean(consumer), median(consumer) - median(bare));

    const QString ageKey = dir.filePath(QStringLiteral("age.key"));
    run(QStringLiteral("age-keygen"), {QStringLiteral("-o"), ageKey});
    const QString recipient = run(QStringLiteral("age-keygen"), {QStringLiteral("-y"), ageKey});
    const QString plain = dir.filePath(QStringLiteral("plain.bin"));
    QFile plainFile(plain);
    plainFile.open(QIODevice::WriteOnly);
    QByteArray random(bundleBytes, Qt::Uninitialized);
    randombytes_buf(random.data(), std::size_t(random.size()));
    plainFile.write(random);
    plainFile.close();
    const QString encrypted = dir.filePath(QStringLiteral("plain.age"));
    run(QStringLiteral("age"),
        {QStringLiteral("-r"), recipient, QStringLiteral("-o"), encrypted, plain});
    const std::vector<double> age = timeRuns({QStringLiteral("/usr/bin/age"), QStringLiteral("-d"),
                                              QStringLiteral("-i"), ageKey, encrypted},
                                             runs);
    std::printf("age -d (same size, %lld bytes):         median %.2f ms, mean %.2f ms "
                "(scopevault-agent exec / age -d = %.2f)\n",
                bundleBytes, median(age), mean(age), median(consumer) / median(age));
    return 0;
}
