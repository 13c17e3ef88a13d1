// Resolution and every grant rule, positive and negative, through the core services the CLI
// and GUI call, on a real vault file and a clock the test moves.
#include "FakeClock.h"
#include "InProcessVault.h"
#include "TestHelpers.h"
#include "access/AccessPolicy.h"
#include "access/Coverage.h"
#include "access/Resolver.h"
#include "audit/AuditActor.h"
#include "catalog/AgentName.h"
#include "catalog/AgentService.h"
#include "catalog/GrantService.h"
#include "catalog/ScopeService.h"
#include "secrets/SecretService.h"
#include "text/Moment.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QtTest>

using namespace scopevault;
using namespace scopevault::test;

class TestAccessRules : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    std::unique_ptr<scopevault::test::InProcessVault> m_fixture;
    VaultService* m_vault = nullptr;

    void set(const char* ref)
    {
        SecretService(*m_vault).setSecret(SecretRef::parse(QString::fromLatin1(ref)),
                                          SecureBuffer::copyOf(ref));
    }
    Scope scope(const char* text) { return Scope::parse(QString::fromLatin1(text)); }

    // "NAME@scope" for each secret `agent` would receive for `action`.
    QString delivered(const char* agent, const char* action)
    {
        QStringList out;
        for (const ResolvedSecret& each : AccessPolicy::deliverable(
                 m_vault->catalog(), SecretService(*m_vault).secretIndex(),
                 QString::fromLatin1(agent), scope(action), m_clock.nowUtc())) {
            out << each.name + QLatin1Char('@') + each.supplier->toString();
        }
        return out.join(QLatin1Char(' '));
    }

    AccessDecision::Outcome outcome(const char* agent, const char* action)
    {
        return AccessPolicy::forAction(m_vault->catalog(), QString::fromLatin1(agent),
                                       scope(action), m_clock.nowUtc())
            .outcome;
    }

    void grant(const char* agent, const char* target,
               const std::optional<QDateTime>& until = std::nullopt)
    {
        GrantService(*m_vault).grant(QString::fromLatin1(agent),
                                     GrantTarget::parse(QString::fromLatin1(target)), until);
    }

private Q_SLOTS:
    // Agent names are checked once where they enter; actors are made only as admin or agent.
    void typedAgentNamesAndActors()
    {
        QCOMPARE(AgentName::parse(QStringLiteral("screener-2.b")).text(),
                 QStringLiteral("screener-2.b"));
        for (const char* bad : {"", "-x", "a b", "a/b", "ä"}) {
            QCOMPARE(codeOf([&] { (void)AgentName::parse(QString::fromUtf8(bad)); }),
                     ErrorCode::Usage);
        }
        QCOMPARE(codeOf([&] { (void)AgentName::parse(QString(65, QLatin1Char('a'))); }),
                 ErrorCode::Usage);
        QCOMPARE(AuditActor::agent(AgentName::parse(QStringLiteral("bot"))).text(),
                 QStringLiteral("agent:bot"));
        QVERIFY(AuditActor::osUser().text().startsWith(QStringLiteral("admin:")));
    }

    // The one status machine the CLI and the GUI's buttons follow.
    void agentStatusMachine()
    {
        using S = Agent::Status;
        QVERIFY(Agent::canChange(S::Active, S::Suspended));
        QVERIFY(Agent::canChange(S::Suspended, S::Active));
        QVERIFY(Agent::canChange(S::Active, S::Revoked));
        QVERIFY(Agent::canChange(S::Suspended, S::Revoked));
        QVERIFY(!Agent::canChange(S::Revoked, S::Active));
        QVERIFY(!Agent::canChange(S::Revoked, S::Suspended));
        QVERIFY(!Agent::canChange(S::Active, S::Active));
    }

    void init()
    {
        m_fixture.reset();
        m_fixture = std::make_unique<scopevault::test::InProcessVault>(m_clock);
        m_vault = &m_fixture->service();
        ScopeService scopes(*m_vault);
        scopes.create(scope("pay/charge"), QString());
        scopes.create(scope("pay/refund"), QString());
        scopes.create(scope("pay/noop"), QStringLiteral("declares nothing"));
        scopes.create(scope("comms/send"), QString());
        scopes.declare(scope("pay/charge"), {QStringLiteral("API_KEY"), QString(), true});
        scopes.declare(scope("pay/charge"), {QStringLiteral("REGION"), QString(), false});
        scopes.declare(scope("pay/charge"), {QStringLiteral("WEBHOOK"), QString(), true});
        scopes.declare(scope("pay/refund"), {QStringLiteral("API_KEY"), QString(), true});
        scopes.declare(scope("comms/send"), {QStringLiteral("API_KEY"), QString(), true});
        set("system:API_KEY");
        set("pay:API_KEY");
        set("pay/charge:API_KEY");
        set("system:REGION");
        set("pay:UNDECLARED");
        set("pay/refund:REFUND_ONLY");
        AgentService agents(*m_vault);
        agents.add(AgentName::parse(QStringLiteral("alice")), newAgentPublicKey(), QString());
        agents.add(AgentName::parse(QStringLiteral("bob")), newAgentPublicKey(), QString());
    }

    void resolutionOverThreeLevelsWithShadowing()
    {
        const Action action = *m_vault->catalog().action(scope("pay/charge"));
        const QList<ResolvedSecret> effective =
            Resolver::effective(action, SecretService(*m_vault).secretIndex());
        QStringList names;
        for (const ResolvedSecret& each : effective) {
            names << each.name;
        }
        QCOMPARE(names.join(QLatin1Char(' ')), QStringLiteral("API_KEY REGION UNDECLARED WEBHOOK"));
        QCOMPARE(effective[0].supplier->toString(), QStringLiteral("pay/charge"));
        QCOMPARE(effective[0].shadowed, (QList<Scope>{scope("pay"), Scope::system()}));
        QCOMPARE(effective[1].supplier->toString(), QStringLiteral("system"));
        QVERIFY(effective[1].shadowed.isEmpty());
        QCOMPARE(effective[2].supplier->toString(), QStringLiteral("pay"));
        QVERIFY(!effective[2].declaration); // present but not declared
        QVERIFY(!effective[3].supplier);    // declared, defined nowhere
        // The refund action sees the pack's value, not the charge action's override.
        QCOMPARE(Resolver::resolve(scope("pay/refund"), QStringLiteral("API_KEY"),
                                   SecretService(*m_vault).secretIndex())
                     ->toString(),
                 QStringLiteral("pay"));
    }

    void nothingWithoutAGrant()
    {
        QCOMPARE(delivered("alice", "pay/charge"), QString());
        QCOMPARE(outcome("alice", "pay/charge"), AccessDecision::Outcome::NoGrant);
        QCOMPARE(outcome("nobody", "pay/charge"), AccessDecision::Outcome::UnknownAgent);
    }

    void actionGrantDeliversOnlyDeclaredResolvedSecrets()
    {
        grant("alice", "pay/charge");
        // UNDECLARED is at the pack scope but not declared; WEBHOOK is declared but missing.
        QCOMPARE(delivered("alice", "pay/charge"),
                 QStringLiteral("API_KEY@pay/charge REGION@system"));
        QCOMPARE(delivered("alice", "pay/refund"), QString()); // another action of the pack
        QCOMPARE(delivered("bob", "pay/charge"), QString());   // another agent
    }

    void packGrantCoversPresentAndFutureActions()
    {
        grant("alice", "pay");
        QCOMPARE(delivered("alice", "pay/refund"), QStringLiteral("API_KEY@pay"));
        QCOMPARE(delivered("alice", "comms/send"), QString());
        ScopeService scopes(*m_vault);
        scopes.create(scope("pay/payout"), QString());
        scopes.declare(scope("pay/payout"), {QStringLiteral("API_KEY"), QString(), true});
        QCOMPARE(delivered("alice", "pay/payout"), QStringLiteral("API_KEY@pay"));
    }

    void systemGrantCoversEveryAction()
    {
        grant("alice", "system");
        QCOMPARE(delivered("alice", "comms/send"), QStringLiteral("API_KEY@system"));
        QCOMPARE(delivered("alice", "pay/charge"),
                 QStringLiteral("API_KEY@pay/charge REGION@system"));
    }

    void secretGrantIsThatSecretOnly()
    {
        grant("alice", "pay:UNDECLARED");
        const Catalog& catalog = m_vault->catalog();
        QVERIFY(AccessPolicy::forSecret(catalog, QStringLiteral("alice"),
                                        SecretRef::parse(QStringLiteral("pay:UNDECLARED")),
                                        m_clock.nowUtc())
                    .granted());
        QVERIFY(!AccessPolicy::forSecret(catalog, QStringLiteral("alice"),
                                         SecretRef::parse(QStringLiteral("pay:API_KEY")),
                                         m_clock.nowUtc())
                     .granted());
        QCOMPARE(delivered("alice", "pay/charge"), QString()); // not an action grant
        // An action grant does not grant single secrets either.
        grant("bob", "pay/charge");
        QVERIFY(!AccessPolicy::forSecret(catalog, QStringLiteral("bob"),
                                         SecretRef::parse(QStringLiteral("pay/charge:API_KEY")),
                                         m_clock.nowUtc())
                     .granted());
    }

    void actionDeclaringNothingDeliversNothing()
    {
        grant("alice", "pay");
        QCOMPARE(outcome("alice", "pay/noop"), AccessDecision::Outcome::Granted);
        QCOMPARE(delivered("alice", "pay/noop"), QString());
        const CoverageReport report =
            Coverage::compute(m_vault->catalog(), SecretService(*m_vault).secretIndex(),
                              scope("pay"), QStringLiteral("alice"), m_clock.nowUtc());
        QVERIFY(report.actionsDeclaringNothing.contains(scope("pay/noop")));
    }

    void suspendedAndRevokedAgentsReceiveNothing()
    {
        grant("alice", "pay/charge");
        AgentService agents(*m_vault);
        agents.setStatus(QStringLiteral("alice"), Agent::Status::Suspended);
        QCOMPARE(outcome("alice", "pay/charge"), AccessDecision::Outcome::AgentNotActive);
        QCOMPARE(delivered("alice", "pay/charge"), QString());
        agents.setStatus(QStringLiteral("alice"), Agent::Status::Active);
        QCOMPARE(delivered("alice", "pay/charge"),
                 QStringLiteral("API_KEY@pay/charge REGION@system"));
        agents.setStatus(QStringLiteral("alice"), Agent::Status::Revoked);
        QCOMPARE(delivered("alice", "pay/charge"), QString());
        QCOMPARE(codeOf([&] { agents.setStatus(QStringLiteral("alice"), Agent::Status::Active); }),
                 ErrorCode::Denied);
        QCOMPARE(codeOf([&] { grant("alice", "pay/refund"); }), ErrorCode::Denied);
    }

    void expiredGrantsDeliverNothing()
    {
        grant("alice", "pay/charge", m_clock.nowUtc().addSecs(3600));
        QCOMPARE(delivered("alice", "pay/charge"),
                 QStringLiteral("API_KEY@pay/charge REGION@system"));
        m_clock.advanceSecs(3601);
        QCOMPARE(outcome("alice", "pay/charge"), AccessDecision::Outcome::Expired);
        QCOMPARE(delivered("alice", "pay/charge"), QString());
        // A live grant on the pack still covers it.
        grant("alice", "pay", m_clock.nowUtc().addDays(1));
        QCOMPARE(outcome("alice", "pay/charge"), AccessDecision::Outcome::Granted);
    }

    void grantsAreValidated()
    {
        QCOMPARE(codeOf([&] { grant("alice", "nopack"); }), ErrorCode::NotFound);
        QCOMPARE(codeOf([&] { grant("alice", "pay/nothere"); }), ErrorCode::NotFound);
        QCOMPARE(codeOf([&] { grant("alice", "pay:MISSING"); }), ErrorCode::NotFound);
        QCOMPARE(codeOf([&] { grant("nobody", "pay"); }), ErrorCode::NotFound);
        QCOMPARE(codeOf([&] { grant("alice", "pay", m_clock.nowUtc().addSecs(-1)); }),
                 ErrorCode::Usage);
        QCOMPARE(Moment::parse(QStringLiteral("2026-12-01"), Moment::DayEdge::End),
                 QDateTime(QDate(2026, 12, 1), QTime(23, 59, 59, 999), Qt::UTC));
        QCOMPARE(codeOf([&] { (void)Moment::parse(QStringLiteral("soon"), Moment::DayEdge::End); }),
                 ErrorCode::Usage);
    }

    void coverageStatesAndExitRule()
    {
        const auto report = [&](const std::optional<QString>& agent) {
            return Coverage::compute(m_vault->catalog(), SecretService(*m_vault).secretIndex(),
                                     scope("pay/charge"), agent, m_clock.nowUtc());
        };
        CoverageReport plain = report(std::nullopt);
        QCOMPARE(plain.items.size(), 3);
        QCOMPARE(plain.items[0].state, CoverageReport::State::Resolved);
        QCOMPARE(plain.items[1].state, CoverageReport::State::Resolved);
        QCOMPARE(plain.items[2].state, CoverageReport::State::MissingRequired);
        QVERIFY(!plain.complete());
        set("pay:WEBHOOK");
        QVERIFY(report(std::nullopt).complete());
        const CoverageReport forAlice = report(QStringLiteral("alice"));
        QCOMPARE(forAlice.items[0].state, CoverageReport::State::NotGranted);
        QVERIFY(!forAlice.complete());
        grant("alice", "pay/charge");
        QVERIFY(report(QStringLiteral("alice")).complete());
        SecretService(*m_vault).removeSecret(SecretRef::parse(QStringLiteral("system:REGION")));
        const CoverageReport optional = report(QStringLiteral("alice"));
        QCOMPARE(optional.items[1].state, CoverageReport::State::MissingOptional);
        QVERIFY(optional.complete()); // optional secrets do not make it incomplete
    }

    void deletingASecretDropsItsGrants()
    {
        grant("alice", "pay:UNDECLARED");
        SecretService(*m_vault).removeSecret(SecretRef::parse(QStringLiteral("pay:UNDECLARED")));
        QVERIFY(GrantService(*m_vault).list(QStringLiteral("alice")).isEmpty());
        set("pay:UNDECLARED");
        QVERIFY(!AccessPolicy::forSecret(m_vault->catalog(), QStringLiteral("alice"),
                                         SecretRef::parse(QStringLiteral("pay:UNDECLARED")),
                                         m_clock.nowUtc())
                     .granted());
    }

    void grantsOnASecretFollowItWhenMoved()
    {
        grant("alice", "pay:UNDECLARED");
        SecretService(*m_vault).moveSecret(SecretRef::parse(QStringLiteral("pay:UNDECLARED")),
                                           SecretRef::parse(QStringLiteral("system:MOVED")));
        const QList<Grant> left = GrantService(*m_vault).list(QStringLiteral("alice"));
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().target.toString(), QStringLiteral("system:MOVED"));
        QVERIFY(AccessPolicy::forSecret(m_vault->catalog(), QStringLiteral("alice"),
                                        SecretRef::parse(QStringLiteral("system:MOVED")),
                                        m_clock.nowUtc())
                    .granted());
        // Nothing is left on the old reference to open a secret stored there later.
        set("pay:UNDECLARED");
        QVERIFY(!AccessPolicy::forSecret(m_vault->catalog(), QStringLiteral("alice"),
                                         SecretRef::parse(QStringLiteral("pay:UNDECLARED")),
                                         m_clock.nowUtc())
                     .granted());
    }

    void catalogSurvivesReopening()
    {
        grant("alice", "pay", m_clock.nowUtc().addDays(3));
        m_vault = &m_fixture->reopen();
        QCOMPARE(m_vault->catalog().actions().size(), 4);
        QCOMPARE(m_vault->catalog().agents().size(), 2);
        QCOMPARE(delivered("alice", "pay/refund"), QStringLiteral("API_KEY@pay"));
        const QList<Grant> grants = GrantService(*m_vault).list(QStringLiteral("alice"));
        QCOMPARE(grants.size(), 1);
        QCOMPARE(*grants[0].until, m_clock.nowUtc().addDays(3));
    }
};

QTEST_GUILESS_MAIN(TestAccessRules)
#include "tst_access_rules.moc"
