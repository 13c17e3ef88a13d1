// Checkpoint policy (every 256 events, hourly while open, on lock) with a clock the test
// moves, and the chain re-computed independently from docs/AUDIT.md (docs/tools).
#include "FakeClock.h"
#include "SqliteVaultRepository.h"
#include "audit/AuditAction.h"
#include "audit/AuditService.h"
#include "secrets/SecretService.h"
#include "store/StoreAccess.h"
#include "store/VaultStore.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace scopevault;
using namespace scopevault::test;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QList<qint64> checkpointSeqs(SqliteVaultRepository& repository)
    {
        QList<qint64> seqs;
        for (const AuditCheckpoint& checkpoint : repository.auditCheckpoints()) {
            seqs << checkpoint.seq;
        }
        return seqs;
    }

    static void runSql(const QString& path, const QString& sql)
    {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {path, sql});
        QVERIFY(sqlite.waitForFinished());
        QCOMPARE(sqlite.exitCode(), 0);
    }

    static QByteArray runSqlOut(const QString& path, const QString& sql)
    {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {path, sql});
        sqlite.waitForFinished();
        return sqlite.readAllStandardOutput().trimmed();
    }

    static void note(VaultService& vault, int count)
    {
        for (int i = 0; i < count; ++i) {
            storeOf(vault).record({AuditAction::SecretRead,
                                   QStringLiteral("system:T%1").arg(i),
                                   AuditEvent::Outcome::Success,
                                   {}});
        }
    }

private Q_SLOTS:
    // The name table of AuditAction and the action column of docs/AUDIT.md list the same
    // actions: a new event cannot be added without documenting it, nor documented without
    // existing.
    void auditActionsMatchTheDocumentation()
    {
        QFile doc(QStringLiteral(SCOPEVAULT_SOURCE_DIR "/docs/AUDIT.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly | QIODevice::Text));
        QSet<QString> documented;
        const QRegularExpression name(QStringLiteral("`([a-z]+\\.[a-z-]+)`"));
        for (const QString& line : QString::fromUtf8(doc.readAll()).split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1String("| "))) {
                continue;
            }
            const QString firstColumn = line.section(QLatin1Char('|'), 1, 1);
            for (const QRegularExpressionMatch& match : name.globalMatch(firstColumn)) {
                documented.insert(match.captured(1));
            }
        }
        QSet<QString> table;
        for (const AuditAction action : AuditActions::all()) {
            const QString text = AuditActions::name(action);
            QVERIFY2(!text.isEmpty(), "an action without a name");
            QCOMPARE(AuditActions::fromName(text), std::optional<AuditAction>(action));
            table.insert(text);
        }
        QCOMPARE(table.size(), AuditActions::all().size());
        const QSet<QString> undocumented = table - documented;
        const QSet<QString> unknown = documented - table;
        QVERIFY2(undocumented.isEmpty(),
                 qPrintable(QStringLiteral("not in docs/AUDIT.md: ") +
                            QStringList(undocumented.values()).join(QLatin1Char(' '))));
        QVERIFY2(unknown.isEmpty(),
                 qPrintable(QStringLiteral("documented but not an AuditAction: ") +
                            QStringList(unknown.values()).join(QLatin1Char(' '))));
    }

    void checkpointsEvery256EventsHourlyAndOnLock()
    {
        FakeClock clock;
        const QString path = m_dir.filePath(QStringLiteral("cp.svdb"));
        SqliteVaultRepository repository(path);
        {
            VaultService vault(repository, clock);
            vault.create(SecureBuffer::copyOf("pass"), KdfParams{1, 8 * 1024 * 1024});
            note(vault, 300); // events 2..301
            QCOMPARE(checkpointSeqs(repository), QList<qint64>{256});
            clock.advanceSecs(30 * 60);
            note(vault, 1); // 302: half an hour is not yet due
            QCOMPARE(checkpointSeqs(repository), QList<qint64>{256});
            clock.advanceSecs(31 * 60);
            note(vault, 1); // 303: over an hour since the last checkpoint
            QCOMPARE(checkpointSeqs(repository), (QList<qint64>{256, 303}));
            vault.lock(); // 304: vault.locked, then a checkpoint of it
            QCOMPARE(checkpointSeqs(repository), (QList<qint64>{256, 303, 304}));
        }
        VaultService vault(repository, clock);
        vault.unlock(SecureBuffer::copyOf("pass"));
        const AuditVerification result = storeOf(vault).audit().verify(std::nullopt);
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QCOMPARE(result.events, qint64(305));
        QCOMPARE(result.validCheckpoints, 3);
        QCOMPARE(result.summary(), QStringLiteral("305/305 events valid, 3/3 checkpoints valid"));
    }

    // Each append reads the log's newest event and checkpoint once per transaction and then
    // remembers them: what a rolled-back transaction appended, and what another process
    // appended between two transactions, must never be chained onto.
    void appendsChainAcrossRollbacksAndOtherWriters()
    {
        FakeClock clock;
        const QString path = m_dir.filePath(QStringLiteral("chain.svdb"));
        SqliteVaultRepository first(path);
        VaultService a(first, clock);
        a.create(SecureBuffer::copyOf("pass"), KdfParams{1, 8 * 1024 * 1024});
        const qint64 created = first.lastAuditRecord()->seq;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, storeOf(a).transact([&] {
            note(a, 300); // crosses a checkpoint, then everything is rolled back
            throw std::runtime_error("abandoned");
        }));
        QCOMPARE(first.lastAuditRecord()->seq, created);
        QCOMPARE(first.auditCheckpointCount(), qint64(0));
        SqliteVaultRepository second(path);
        VaultService b(second, clock);
        b.unlock(SecureBuffer::copyOf("pass"));
        for (int round = 0; round < 3; ++round) {
            storeOf(a).transact([&] { note(a, 100); });
            storeOf(b).transact([&] { note(b, 100); });
        }
        note(a, 1); // outside any transaction of its own
        const AuditVerification result = storeOf(a).audit().verify(std::nullopt);
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QCOMPARE(result.events, first.lastAuditRecord()->seq);
        QVERIFY(result.events >= created + 601);
        QCOMPARE(checkpointSeqs(first).size(), 2); // at 256 and 512 events since creation
    }

    void missingCheckpointsAreReportedByVerify()
    {
        // The sealed state already refuses a changed checkpoint count at unlock; verify names
        // which one is missing too (a lock without its checkpoint, or too long a run).
        FakeClock clock;
        const QString path = m_dir.filePath(QStringLiteral("gaps.svdb"));
        SqliteVaultRepository repository(path);
        {
            VaultService vault(repository, clock);
            vault.create(SecureBuffer::copyOf("pass"), KdfParams{1, 8 * 1024 * 1024});
            note(vault, 3);
        } // locked: event 5, checkpointed
        VaultService vault(repository, clock);
        vault.unlock(SecureBuffer::copyOf("pass"));
        QVERIFY(storeOf(vault).audit().verify(std::nullopt).ok());
        // Kept to put back: the signature cannot be made again without the key.
        const QByteArray saved = runSqlOut(
            path, QStringLiteral("SELECT 'INSERT INTO audit_checkpoints VALUES (' || seq || ',' "
                                 "|| time_ms || ',X''' || hex(hash) || ''',X''' || "
                                 "hex(signature) || ''')' FROM audit_checkpoints WHERE seq = 5"));
        runSql(path, QStringLiteral("DELETE FROM audit_checkpoints WHERE seq = 5"));
        AuditVerification result = storeOf(vault).audit().verify(std::nullopt);
        QCOMPARE(result.brokenSeq, std::optional<qint64>(5));
        QVERIFY2(result.reason.contains(QStringLiteral("locked the vault but has no checkpoint")),
                 qPrintable(result.reason));
        runSql(path, QString::fromLatin1(saved));
        QVERIFY(storeOf(vault).audit().verify(std::nullopt).ok());

        note(vault, 300); // a checkpoint once 256 events have passed
        const qint64 interval =
            runSqlOut(path, QStringLiteral("SELECT max(seq) FROM audit_checkpoints")).toLongLong();
        QVERIFY(interval > 5);
        runSql(path, QStringLiteral("DELETE FROM audit_checkpoints WHERE seq = %1").arg(interval));
        result = storeOf(vault).audit().verify(std::nullopt);
        QVERIFY2(result.reason.contains(QStringLiteral("events without a checkpoint")),
                 qPrintable(result.reason));
    }

    void chainMatchesTheDocumentedEncoding()
    {
        FakeClock clock;
        const QString path = m_dir.filePath(QStringLiteral("doc.svdb"));
        const QString exported = m_dir.filePath(QStringLiteral("doc-checkpoint.json"));
        QByteArray publicKey;
        {
            SqliteVaultRepository repository(path);
            VaultService vault(repository, clock);
            vault.create(SecureBuffer::copyOf("pass"), KdfParams{1, 8 * 1024 * 1024});
            SecretService(vault).setSecret(SecretRef::parse(QStringLiteral("system:A")),
                                           SecureBuffer::copyOf("a"));
            note(vault, 5);
            publicKey = vault.signingPublicKey().toBase64();
            (void)AuditService(vault).writeCheckpoint(exported);
        }
        // A failed unlock is written without the key: the tool recomputes it.
        {
            SqliteVaultRepository repository(path);
            VaultService vault(repository, clock);
            QVERIFY_THROWS_EXCEPTION(VaultError, vault.unlock(SecureBuffer::copyOf("wrong")));
        }
        const QString script = QStringLiteral(SCOPEVAULT_SOURCE_DIR) +
                               QStringLiteral("/docs/tools/verify_audit_chain.py");
        const auto run = [&] {
            QProcess python;
            python.start(QStringLiteral("/usr/bin/python3"),
                         {script, path, QStringLiteral("--public-key"),
                          QString::fromLatin1(publicKey), QStringLiteral("--checkpoint"),
                          exported});
            python.waitForFinished();
            return std::make_pair(python.readAllStandardOutput().trimmed(), python.exitCode());
        };
        // Created, the secret, 5 notes and the lock (8), then the failed unlock (9);
        // checkpoints at 7 (the export), at the lock, and the exported one again.
        auto [out, code] = run();
        QCOMPARE(out, QByteArray("9 events, links intact, 1 recomputed without a key, "
                                 "3 checkpoints signed"));
        QCOMPARE(code, 0);
        // A keyless event edited is caught by recomputing it; a keyed one by its link.
        runSql(path, QStringLiteral("UPDATE audit SET time_ms = time_ms + 1 WHERE seq = 9"));
        std::tie(out, code) = run();
        QCOMPARE(out, QByteArray("broken at 9: hash mismatch"));
        QCOMPARE(code, 5);
        runSql(path, QStringLiteral("UPDATE audit SET time_ms = time_ms - 1 WHERE seq = 9; "
                                    "UPDATE audit SET hash = zeroblob(32) WHERE seq = 3"));
        std::tie(out, code) = run();
        QCOMPARE(out, QByteArray("broken at 4: previous hash does not match"));
        QCOMPARE(code, 5);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_audit_log.moc"
