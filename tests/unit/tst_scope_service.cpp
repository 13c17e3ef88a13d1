// Packs and actions as objects: create, declare, rename (secrets and grants follow), delete
// (refused while used, listing what uses it, unless forced).
#include "InProcessVault.h"
#include "TestHelpers.h"
#include "catalog/AgentName.h"
#include "catalog/AgentService.h"
#include "catalog/GrantService.h"
#include "catalog/ScopeService.h"
#include "secrets/SecretService.h"
#include "vault/SystemClock.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QtTest>

using namespace scopevault;

class TestScopeService : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    std::unique_ptr<scopevault::test::InProcessVault> m_fixture;
    VaultService* m_vault = nullptr;

    static Scope scope(const char* text) { return Scope::parse(QString::fromLatin1(text)); }
    static SecretRef ref(const char* text) { return SecretRef::parse(QString::fromLatin1(text)); }

private Q_SLOTS:
    void init()
    {
        m_fixture.reset();
        m_fixture = std::make_unique<scopevault::test::InProcessVault>(m_clock);
        m_vault = &m_fixture->service();
        ScopeService scopes(*m_vault);
        scopes.create(scope("pay/charge"), QStringLiteral("Charges cards"));
        scopes.declare(scope("pay/charge"), {QStringLiteral("KEY"), QStringLiteral("d"), true});
        SecretService(*m_vault).setSecret(ref("pay:KEY"), SecureBuffer::copyOf("pack value"));
        SecretService(*m_vault).setSecret(ref("pay/charge:KEY"),
                                          SecureBuffer::copyOf("action value"));
        AgentService(*m_vault).add(AgentName::parse(QStringLiteral("bot")),
                                   scopevault::test::newAgentPublicKey(), QString());
        GrantService(*m_vault).grant(QStringLiteral("bot"), GrantTarget(scope("pay/charge")),
                                     std::nullopt);
        GrantService(*m_vault).grant(QStringLiteral("bot"), GrantTarget(ref("pay:KEY")),
                                     std::nullopt);
    }

    void createRefusesDuplicatesAndSystem()
    {
        ScopeService scopes(*m_vault);
        try {
            scopes.create(scope("pay"), QString());
            QFAIL("duplicate pack created");
        } catch (const VaultError& error) {
            QCOMPARE(error.code(), ErrorCode::Usage);
        }
        QVERIFY(m_vault->catalog().pack(QStringLiteral("pay"))); // made by the action
        try {
            scopes.create(Scope::system(), QString());
            QFAIL("system created");
        } catch (const VaultError& error) {
            QCOMPARE(error.code(), ErrorCode::Usage);
        }
    }

    void settingASecretRegistersItsScope()
    {
        SecretService(*m_vault).setSecret(ref("newpack/newaction:X"), SecureBuffer::copyOf("x"));
        QVERIFY(m_vault->catalog().pack(QStringLiteral("newpack")));
        QVERIFY(m_vault->catalog().action(scope("newpack/newaction")));
    }

    void deleteRefusesWhileUsedAndListsDependents()
    {
        ScopeService scopes(*m_vault);
        try {
            scopes.remove(scope("pay"), false);
            QFAIL("deleted a pack in use");
        } catch (const VaultError& error) {
            QCOMPARE(error.code(), ErrorCode::Denied);
            for (const char* expected :
                 {"pay:KEY", "pay/charge:KEY", "bot -> pay/charge", "bot -> pay:KEY"}) {
                QVERIFY2(error.message().contains(QString::fromLatin1(expected)), expected);
            }
            QVERIFY(!error.message().contains(QStringLiteral("action value")));
            // The same dependents as structured details, and the remedy for a front end to
            // word; the message itself names no option.
            QCOMPARE(error.details().size(), 4);
            QVERIFY(error.details().contains(QStringLiteral("bot -> pay/charge")));
            QCOMPARE(error.remedy(), VaultError::Remedy::ForceDeletesDependents);
            QVERIFY(!error.message().contains(QStringLiteral("--")));
        }
        QVERIFY(m_vault->catalog().action(scope("pay/charge")));
        const ScopeService::Dependents removed = scopes.remove(scope("pay"), true);
        QCOMPARE(removed.secrets.size(), 2);
        QCOMPARE(removed.grants.size(), 2);
        QVERIFY(!m_vault->catalog().pack(QStringLiteral("pay")));
        QVERIFY(m_vault->catalog().actions().isEmpty());
        QVERIFY(m_vault->catalog().grants().isEmpty());
        QVERIFY(SecretService(*m_vault).listSecrets(std::nullopt).empty());
    }

    void deleteUnusedActionNeedsNoForce()
    {
        ScopeService scopes(*m_vault);
        scopes.create(scope("pay/idle"), QString());
        scopes.remove(scope("pay/idle"), false);
        QVERIFY(!m_vault->catalog().action(scope("pay/idle")));
    }

    void renamePackMovesEverything()
    {
        ScopeService(*m_vault).rename(scope("pay"), QStringLiteral("payments"));
        QVERIFY(!m_vault->catalog().pack(QStringLiteral("pay")));
        QVERIFY(m_vault->catalog().pack(QStringLiteral("payments")));
        const Action* moved = m_vault->catalog().action(scope("payments/charge"));
        QVERIFY(moved);
        QCOMPARE(moved->description, QStringLiteral("Charges cards"));
        QCOMPARE(moved->declarations.size(), 1);
        QCOMPARE(
            QByteArrayView(SecretService(*m_vault).readValue(ref("payments/charge:KEY")).view())
                .toByteArray(),
            QByteArray("action value"));
        QCOMPARE(QByteArrayView(SecretService(*m_vault).readValue(ref("payments:KEY")).view())
                     .toByteArray(),
                 QByteArray("pack value"));
        QVERIFY(!SecretService(*m_vault).secretExists(ref("pay:KEY")));
        QStringList targets;
        for (const Grant& grant : GrantService(*m_vault).list(QStringLiteral("bot"))) {
            targets << grant.target.toString();
        }
        targets.sort();
        QCOMPARE(targets,
                 (QStringList{QStringLiteral("payments/charge"), QStringLiteral("payments:KEY")}));
    }

    void renameActionAndRefuseCollisions()
    {
        ScopeService scopes(*m_vault);
        scopes.create(scope("pay/refund"), QString());
        try {
            scopes.rename(scope("pay/charge"), QStringLiteral("refund"));
            QFAIL("renamed onto an existing action");
        } catch (const VaultError& error) {
            QCOMPARE(error.code(), ErrorCode::Usage);
        }
        scopes.rename(scope("pay/charge"), QStringLiteral("capture"));
        QCOMPARE(QByteArrayView(SecretService(*m_vault).readValue(ref("pay/capture:KEY")).view())
                     .toByteArray(),
                 QByteArray("action value"));
        QCOMPARE(
            QByteArrayView(SecretService(*m_vault).readValue(ref("pay:KEY")).view()).toByteArray(),
            QByteArray("pack value"));
        try {
            scopes.rename(scope("pay/capture"), QStringLiteral("Bad Name"));
            QFAIL("accepted an invalid name");
        } catch (const VaultError& error) {
            QCOMPARE(error.code(), ErrorCode::Usage);
        }
    }

    void declareAndUndeclare()
    {
        ScopeService scopes(*m_vault);
        scopes.declare(scope("pay/charge"), {QStringLiteral("KEY"), QStringLiteral("new"), false});
        QCOMPARE(m_vault->catalog().action(scope("pay/charge"))->declarations.size(), 1);
        QVERIFY(!m_vault->catalog().action(scope("pay/charge"))->declarations[0].required);
        scopes.undeclare(scope("pay/charge"), QStringLiteral("KEY"));
        QVERIFY(m_vault->catalog().action(scope("pay/charge"))->declarations.isEmpty());
        try {
            scopes.undeclare(scope("pay/charge"), QStringLiteral("KEY"));
            QFAIL("undeclared twice");
        } catch (const VaultError& error) {
            QCOMPARE(error.code(), ErrorCode::NotFound);
        }
        try {
            scopes.declare(scope("pay"), {QStringLiteral("KEY"), QString(), true});
            QFAIL("a pack declared a secret");
        } catch (const VaultError& error) {
            QCOMPARE(error.code(), ErrorCode::Usage);
        }
    }
};

QTEST_GUILESS_MAIN(TestScopeService)
#include "tst_scope_service.moc"
