// Export under the grant rules, the registry of issued bundles, the export audit event,
// settings that bound lifetimes, and receipt import, through the core services the CLI and
// GUI call, on a real vault file and a clock the test moves.
#include "AgentIdentity.h"
#include "BundleError.h"
#include "BundleOpener.h"
#include "FakeClock.h"
#include "InProcessVault.h"
#include "Receipt.h"
#include "ReceiptLog.h"
#include "TestHelpers.h"
#include "audit/AuditFilter.h"
#include "bundles/BundleService.h"
#include "catalog/AgentName.h"
#include "catalog/AgentService.h"
#include "catalog/GrantService.h"
#include "catalog/ScopeService.h"
#include "catalog/SettingsService.h"
#include "secrets/SecretService.h"
#include "store/StoreAccess.h"
#include "store/VaultStore.h"
#include "vault/VaultService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace scopevault;
using namespace scopevault::test;

class TestBundleService : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    std::unique_ptr<InProcessVault> m_fixture;
    VaultService* m_vault = nullptr;
    std::unique_ptr<AgentIdentity> m_alice;
    QTemporaryDir m_dir;

    static Scope scope(const char* text) { return Scope::parse(QString::fromLatin1(text)); }
    void set(const char* ref, const char* value)
    {
        SecretService(*m_vault).setSecret(SecretRef::parse(QString::fromLatin1(ref)),
                                          SecureBuffer::copyOf(value));
    }
    void grant(const char* agent, const char* target)
    {
        GrantService(*m_vault).grant(QString::fromLatin1(agent),
                                     GrantTarget::parse(QString::fromLatin1(target)), std::nullopt);
    }
    BundlePlan plan(const char* agent, const QList<Scope>& actions = {})
    {
        return BundleService(*m_vault).plan(QString::fromLatin1(agent), actions);
    }
    static QStringList refs(const BundlePlan& plan)
    {
        QStringList out;
        for (const BundlePlan::Entry& entry : plan.secrets) {
            out << entry.ref.toString();
        }
        return out;
    }
    OpenedBundle openAsAlice(const QByteArray& file)
    {
        return BundleOpener(m_clock.nowUtc().toMSecsSinceEpoch())
            .open(file.toStdString(), "f", *m_alice, m_vault->signingPublicKey().toStdString());
    }

private Q_SLOTS:
    void init()
    {
        m_fixture.reset();
        m_fixture = std::make_unique<InProcessVault>(m_clock);
        m_vault = &m_fixture->service();
        ScopeService scopes(*m_vault);
        scopes.create(scope("pay/charge"), QString());
        scopes.create(scope("pay/refund"), QString());
        scopes.declare(scope("pay/charge"), {QStringLiteral("API_KEY"), QString(), true});
        scopes.declare(scope("pay/charge"), {QStringLiteral("REGION"), QString(), false});
        scopes.declare(scope("pay/charge"), {QStringLiteral("TRACE"), QString(), false});
        scopes.declare(scope("pay/refund"), {QStringLiteral("API_KEY"), QString(), true});
        scopes.declare(scope("pay/refund"), {QStringLiteral("LEDGER"), QString(), true});
        set("system:REGION", "eu-1");
        set("pay:API_KEY", "pack-key");
        set("pay/charge:API_KEY", "charge-key");
        set("pay:LEDGER", "ledger-token");
        m_alice = std::make_unique<AgentIdentity>(AgentIdentity::generate());
        AgentService agents(*m_vault);
        agents.add(AgentName::parse(QStringLiteral("alice")),
                   QString::fromStdString(m_alice->publicKeyBase64()), QString());
        agents.add(AgentName::parse(QStringLiteral("bob")), newAgentPublicKey(), QString());
    }

    void planFollowsTheGrantRules()
    {
        QVERIFY(!plan("alice").ok()); // no grant at all
        QVERIFY(
            plan("alice").problems.join(QLatin1Char('\n')).contains(QStringLiteral("no action")));
        grant("alice", "pay/charge");
        BundlePlan charge = plan("alice");
        QVERIFY2(charge.ok(), qPrintable(charge.problems.join(QLatin1Char('\n'))));
        QCOMPARE(charge.actions, QList<Scope>{scope("pay/charge")});
        QCOMPARE(refs(charge), (QStringList{"pay/charge:API_KEY", "system:REGION"}));
        QCOMPARE(charge.warnings.size(), 1); // optional TRACE is set nowhere
        QVERIFY(charge.warnings.constFirst().contains(QStringLiteral("TRACE")));

        // Not granted: refused with the reason; the other action's problems are listed too.
        BundlePlan both = plan("alice", {scope("pay/charge"), scope("pay/refund")});
        QCOMPARE(both.problems.size(), 1);
        QVERIFY(both.problems.constFirst().startsWith(QStringLiteral("pay/refund: ")));

        // A single-secret grant delivers exactly that secret; the rest stays a problem.
        grant("alice", "pay:API_KEY");
        BundlePlan partial = plan("alice", {scope("pay/refund")});
        QCOMPARE(partial.problems.size(), 1);
        QVERIFY(partial.problems.constFirst().contains(QStringLiteral("pay:LEDGER")));
        grant("alice", "pay:LEDGER");
        BundlePlan refund = plan("alice", {scope("pay/refund")});
        QVERIFY(refund.ok());
        QCOMPARE(refs(refund), (QStringList{"pay:API_KEY", "pay:LEDGER"}));

        // A required secret set nowhere is a problem even with a grant.
        grant("alice", "pay");
        SecretService(*m_vault).removeSecret(SecretRef::parse(QStringLiteral("pay:LEDGER")));
        BundlePlan missing = plan("alice", {scope("pay/refund")});
        QCOMPARE(missing.problems.size(), 1);
        QVERIFY(missing.problems.constFirst().contains(QStringLiteral("required secret LEDGER")));

        AgentService(*m_vault).setStatus(QStringLiteral("alice"), Agent::Status::Suspended);
        BundlePlan suspended = plan("alice");
        QCOMPARE(suspended.problems.size(), 1);
        QVERIFY(suspended.problems.constFirst().contains(QStringLiteral("suspended")));
        QVERIFY(!plan("nobody").ok());
        QVERIFY(!plan("bob", {scope("pay/nothing")}).ok());
    }

    void exportIsRegisteredAuditedAndOpens()
    {
        grant("alice", "pay");
        BundleRequest request{QStringLiteral("alice"), {}, 3600, m_dir.filePath("a.svb"), false};
        const BundleExport result = BundleService(*m_vault).exportBundle(request);
        QFile written(request.outPath);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), result.file);
        QCOMPARE(result.bundle.expiresMs - result.bundle.createdMs, 3600 * 1000);

        const OpenedBundle opened = openAsAlice(result.file);
        QCOMPARE(QByteArray::fromStdString(opened.header.bundleId), result.bundle.id);
        QCOMPARE(opened.payload.actions, (std::vector<std::string>{"pay/charge", "pay/refund"}));
        const auto charge = opened.payload.select(std::string("pay/charge"));
        QCOMPARE(charge.size(), std::size_t(2));
        QCOMPARE(charge[0]->bytes(), std::string_view("charge-key"));
        QCOMPARE(charge[0]->provenance, std::string("pay/charge"));
        const auto refund = opened.payload.select(std::string("pay/refund"));
        QCOMPARE(refund[0]->bytes(), std::string_view("pack-key"));
        // Both actions together: API_KEY comes from different scopes.
        QVERIFY_THROWS_EXCEPTION(BundleError, (void)opened.payload.select(std::nullopt));

        const QList<IssuedBundle> issued = BundleService(*m_vault).issued(QStringLiteral("alice"));
        QCOMPARE(issued.size(), 1);
        QCOMPARE(issued.constFirst().id, result.bundle.id);
        QCOMPARE(issued.constFirst().secrets.size(), 4);
        QVERIFY(BundleService(*m_vault).issued(QStringLiteral("bob")).isEmpty());

        AuditFilter filter;
        filter.action = QStringLiteral("bundle.exported");
        const std::vector<AuditEntry> events = storeOf(*m_vault).audit().query(filter);
        QCOMPARE(events.size(), std::size_t(1));
        const AuditEntry& event = events.front();
        QCOMPARE(event.target, QStringLiteral("alice"));
        QCOMPARE(event.details.value("bundle").toString(), result.bundle.idText());
        QCOMPARE(event.details.value("secrets").toArray().size(), 4);
        const QJsonObject first = event.details.value("secrets").toArray().at(0).toObject();
        QCOMPARE(first.value("ref").toString(), QStringLiteral("pay/charge:API_KEY"));
        QCOMPARE(first.value("version").toInt(), 1);
        QCOMPARE(first.value("tag").toString(),
                 storeOf(*m_vault).audit().valueTag(QByteArrayView("charge-key")));
        const QByteArray detailText = QJsonDocument(event.details).toJson();
        for (const char* value : {"charge-key", "pack-key", "ledger-token", "eu-1"}) {
            QVERIFY(!detailText.contains(value));
        }
    }

    void refusedExportWritesNothingAndIsRecorded()
    {
        BundleRequest request{QStringLiteral("alice"),
                              {scope("pay/charge")},
                              std::nullopt,
                              m_dir.filePath("refused.svb"),
                              false};
        QCOMPARE(codeOf([&] { (void)BundleService(*m_vault).exportBundle(request); }),
                 ErrorCode::Denied);
        QVERIFY(!QFile::exists(request.outPath));
        QVERIFY(BundleService(*m_vault).issued(std::nullopt).isEmpty());
        AuditFilter filter;
        filter.action = QStringLiteral("bundle.exported");
        const std::vector<AuditEntry> events = storeOf(*m_vault).audit().query(filter);
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events.front().outcome, QStringLiteral("denied"));
    }

    void lifetimeIsBoundedBySettings()
    {
        grant("alice", "pay/charge");
        SettingsService settings(*m_vault);
        QCOMPARE(settings.value(QStringLiteral("bundle.default-lifetime")), QStringLiteral("7d"));
        BundleRequest request{QStringLiteral("alice"), {}, std::nullopt, QString(), false};
        const BundleExport byDefault = BundleService(*m_vault).exportBundle(request);
        QCOMPARE(byDefault.bundle.expiresMs - byDefault.bundle.createdMs, 7LL * 86400 * 1000);
        request.lifetimeSeconds = 91LL * 86400;
        QCOMPARE(codeOf([&] { (void)BundleService(*m_vault).exportBundle(request); }),
                 ErrorCode::Denied);
        settings.set(QStringLiteral("bundle.max-lifetime"), QStringLiteral("120d"));
        (void)BundleService(*m_vault).exportBundle(request);
        QCOMPARE(codeOf([&] {
                     settings.set(QStringLiteral("bundle.default-lifetime"),
                                  QStringLiteral("200d"));
                 }),
                 ErrorCode::Usage);
        QCOMPARE(codeOf([&] { settings.set(QStringLiteral("no.such"), QStringLiteral("1d")); }),
                 ErrorCode::Usage);
        // Stored sealed and still in force after a reopen.
        m_vault = &m_fixture->reopen();
        QCOMPARE(SettingsService(*m_vault).value(QStringLiteral("bundle.max-lifetime")),
                 QStringLiteral("120d"));
    }

    void receiptsImportOnceAndOnlyForThisVaultsBundles()
    {
        grant("alice", "pay/charge");
        const BundleExport exported = BundleService(*m_vault).exportBundle(
            {QStringLiteral("alice"), {}, std::nullopt, QString(), false});
        const QString path = m_dir.filePath(QStringLiteral("receipts.jsonl"));
        QFile::remove(path);
        const ReceiptLog log(path.toStdString());
        const std::int64_t now = m_clock.nowUtc().toMSecsSinceEpoch();
        Receipt good = Receipt::create(now);
        good.bundle = exported.bundle.idText().toStdString();
        good.agent = "alice";
        good.actions = {"pay/charge"};
        good.secrets = {"API_KEY", "REGION"};
        good.command = "python3";
        good.delivery = "env";
        good.outcome = "released";
        log.append(good);
        Receipt finished = good;
        finished.id = Receipt::create(now).id;
        finished.outcome = "exit 3";
        log.append(finished);
        Receipt foreign = good;
        foreign.id = Receipt::create(now).id;
        foreign.bundle = "00112233445566778899aabbccddeeff";
        log.append(foreign);
        Receipt wrongAgent = good;
        wrongAgent.id = Receipt::create(now).id;
        wrongAgent.agent = "bob";
        log.append(wrongAgent);
        Receipt extraSecret = good;
        extraSecret.id = Receipt::create(now).id;
        extraSecret.secrets.push_back("LEDGER");
        log.append(extraSecret);
        QFile append(path);
        QVERIFY(append.open(QIODevice::Append));
        append.write("not json\n{\"v\":1,\"id\":\"zz\"}\n");
        append.close();

        const ReceiptImport first = BundleService(*m_vault).importReceipts(path);
        QCOMPARE(first.imported, 2);
        QCOMPARE(first.duplicates, 0);
        QCOMPARE(first.refused.size(), 5);
        QVERIFY(first.refused.at(0).contains(QStringLiteral(":3: bundle 0011")));
        QVERIFY(first.refused.at(0).contains(QStringLiteral("not issued by this vault")));
        QVERIFY(first.refused.at(1).contains(QStringLiteral("issued to 'alice'")));
        QVERIFY(first.refused.at(2).contains(QStringLiteral("LEDGER")));
        QVERIFY(first.refused.at(3).contains(QStringLiteral(":6: not a JSON object")));
        QVERIFY(first.refused.at(4).contains(QStringLiteral(":7: field 'id'")));
        const ReceiptImport second = BundleService(*m_vault).importReceipts(path);
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.duplicates, 2);

        AuditFilter filter;
        filter.actor = QStringLiteral("agent:alice");
        const std::vector<AuditEntry> events = storeOf(*m_vault).audit().query(filter);
        QCOMPARE(events.size(), std::size_t(2));
        QCOMPARE(events[0].action, QStringLiteral("agent.secrets-released"));
        QCOMPARE(events[0].target, QStringLiteral("bundle:") + exported.bundle.idText());
        QCOMPARE(events[1].action, QStringLiteral("agent.command-finished"));
        QCOMPARE(events[1].outcome, QStringLiteral("error")); // exit 3
        QCOMPARE(events[1].details.value("command").toString(), QStringLiteral("python3"));
    }
};

QTEST_GUILESS_MAIN(TestBundleService)
#include "tst_bundle_service.moc"
