// Audit log at scale: append N events (one transaction; and one transaction per event on a
// sample), verify them, and a filtered query returning N/100 of them. Verification speed is
// reported as a ratio of raw keyed BLAKE2b-256 over the same bytes (target >= 0.4).
// With --spread-days D the events are spread evenly over D days (the audit view's case: a
// year of activity), and the queries the desktop audit view makes are timed too: its first
// page, a changed filter, the timeline's counts.
//   bench_audit [--events 1000000] [--single 2000] [--spread-days 0]
#include "FakeClock.h"
#include "SqliteVaultRepository.h"
#include "audit/AuditChain.h"
#include "audit/AuditService.h"
#include "store/StoreAccess.h"
#include "store/VaultStore.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace scopevault;

namespace {

int option(const QStringList& args, const char* name, int fallback)
{
    const qsizetype at = args.indexOf(QString::fromLatin1(name));
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

AuditEvent eventFor(int i)
{
    // One event in 100 is a read of one particular secret: the filtered query's answer.
    if (i % 100 == 0) {
        return {AuditAction::SecretRead, QStringLiteral("payments/charge:STRIPE_API_KEY"),
                AuditEvent::Outcome::Success, QJsonObject{{QStringLiteral("version"), 3}}};
    }
    return {AuditAction::SecretUpdated, QStringLiteral("pack%1:KEY_%2").arg(i % 97).arg(i % 13),
            AuditEvent::Outcome::Success,
            QJsonObject{{QStringLiteral("version"), i % 7},
                        {QStringLiteral("valueTag"),
                         QStringLiteral(
                             "4ec81160681b2744dd001e4e7a66c645cbab35a83654e01ca8ecb88f02d94753")}}};
}

double seconds(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int events = option(args, "--events", 1000000);
    const int single = option(args, "--single", 2000);
    const int spreadDays = option(args, "--spread-days", 0);
    // Milliseconds between two events when spread (the clock moves by whole milliseconds).
    const qint64 stepMs = spreadDays > 0 ? spreadDays * 86400000LL / events : 0;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.svdb"));
    test::FakeClock clock;
    SqliteVaultRepository repository(path);
    VaultService vault(repository, clock);
    vault.create(SecureBuffer::copyOf("bench"), KdfParams{1, 8 * 1024 * 1024});

    QElapsedTimer timer;
    timer.start();
    storeOf(vault).transact([&] {
        for (int i = 0; i < events; ++i) {
            if (stepMs > 0) {
                clock.advanceMs(stepMs);
            }
            storeOf(vault).record(eventFor(i));
        }
    });
    const double batched = seconds(timer);

    timer.restart();
    for (int i = 0; i < single; ++i) {
        storeOf(vault).record(eventFor(i + 1)); // its own transaction each, synchronous=FULL
    }
    const double oneByOne = seconds(timer);

    timer.restart();
    const AuditVerification verified = storeOf(vault).audit().verify(std::nullopt);
    const double verify = seconds(timer);

    // The reference: BLAKE2b-256 of exactly the bytes verification hashes, already in memory.
    std::vector<QByteArray> encodings;
    encodings.reserve(static_cast<std::size_t>(verified.events));
    qint64 bytes = 0;
    repository.scanAudit([&](const AuditRecord& record) {
        encodings.push_back(AuditChain::encode(record));
        bytes += encodings.back().size();
    });
    unsigned char out[AuditChain::HashBytes];
    // Since vault format 2 the chain is keyed: the reference hashes with a 32-byte key too
    // (one more BLAKE2b block per event), the work verification cannot avoid.
    SecureBuffer key(32);
    timer.restart();
    for (const QByteArray& encoding : encodings) {
        AuditChain::hashInto(encoding, out, &key);
    }
    const double raw = seconds(timer);
    encodings.clear();

    AuditFilter filter;
    filter.action = QStringLiteral("secret.read");
    filter.target = QStringLiteral("payments/charge:STRIPE_API_KEY");
    timer.restart();
    const std::size_t found = storeOf(vault).audit().query(filter).size();
    const double query = seconds(timer);
    filter.limit = 50;
    filter.newestFirst = true;
    timer.restart();
    (void)storeOf(vault).audit().query(filter);
    const double page = seconds(timer);

    if (spreadDays > 0) {
        // What the audit view asks when it opens and when a filter changes (AuditView).
        AuditService service(vault);
        const QDateTime now = clock.nowUtc();
        AuditFilter opening;
        opening.since = now.addDays(-30);
        opening.limit = 200;
        timer.restart();
        const std::size_t firstPage = service.query(opening).size();
        const double firstPageMs = seconds(timer) * 1000;
        AuditFilter changed = opening;
        changed.kind = QStringLiteral("reads");
        changed.target = QStringLiteral("payments/charge:STRIPE_API_KEY");
        timer.restart();
        const std::size_t filtered = service.query(changed).size();
        const double filterMs = seconds(timer) * 1000;
        timer.restart();
        const std::size_t weeks = service.stats(AuditFilter{}, QStringLiteral("week")).size();
        const double yearMs = seconds(timer) * 1000;
        timer.restart();
        const std::size_t days = service.stats(opening, QStringLiteral("day")).size();
        const double monthMs = seconds(timer) * 1000;
        std::printf("view: first page (%zu events, last 30 days):  %8.1f ms  (target <= 200)\n",
                    firstPage, firstPageMs);
        std::printf("view: filter changed (%zu events):            %8.1f ms  (target <= 100)\n",
                    filtered, filterMs);
        std::printf("view: chart, whole log by week (%zu bars):     %8.1f ms  (target <= 300)\n",
                    weeks, yearMs);
        std::printf("view: chart, 30 days by day (%zu bars):        %8.1f ms\n", days, monthMs);
    }
    std::printf("events: %lld (%s)\n", static_cast<long long>(verified.events),
                qPrintable(verified.summary()));
    std::printf("append, one transaction:      %8.2f s  %9.0f events/s\n", batched,
                events / batched);
    std::printf("append, one per transaction:  %8.2f s  %9.0f events/s  (%d events)\n", oneByOne,
                single / oneByOne, single);
    std::printf("verify:                       %8.2f s  %7.1f MB/s\n", verify,
                static_cast<double>(bytes) / verify / 1e6);
    std::printf("raw keyed BLAKE2b, same bytes:%8.2f s  %7.1f MB/s\n", raw,
                static_cast<double>(bytes) / raw / 1e6);
    std::printf("verify / raw BLAKE2b speed:   %8.3f  (target >= 0.4)\n", raw / verify);
    std::printf("filtered list (%zu events):  %8.1f ms\n", found, query * 1000);
    std::printf("same filter, newest 50:       %8.1f ms\n", page * 1000);
    return verified.ok() ? 0 : 1;
}
