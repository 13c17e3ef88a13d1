// The secrets view's models over a real vault: scope tree with counts, secret rows, scope
// filter and search-as-you-type; each checked by QAbstractItemModelTester.
#include "InProcessVault.h"
#include "TestHelpers.h"
#include "agents/PermissionMatrixModel.h"
#include "catalog/AgentName.h"
#include "catalog/AgentService.h"
#include "catalog/GrantService.h"
#include "catalog/ScopeService.h"
#include "secrets/ScopeTreeModel.h"
#include "secrets/SecretChange.h"
#include "secrets/SecretFilterModel.h"
#include "secrets/SecretService.h"
#include "secrets/SecretTableModel.h"
#include "vault/SystemClock.h"
#include "vault/VaultService.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace scopevault;

class TestUiModels : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    std::unique_ptr<test::InProcessVault> m_fixture;
    VaultService* m_vault = nullptr;

    static Scope scope(const char* text) { return Scope::parse(QString::fromLatin1(text)); }
    void set(const char* ref, const char* description)
    {
        SecretChange change;
        change.description = QString::fromLatin1(description);
        SecretService(*m_vault).setSecret(SecretRef::parse(QString::fromLatin1(ref)),
                                          SecureBuffer::copyOf(std::string_view("value")), change);
    }
    static QStringList names(const QAbstractItemModel& model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row) {
            out << model.index(row, SecretTableModel::NameColumn).data().toString();
        }
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<test::InProcessVault>(m_clock);
        m_vault = &m_fixture->service();
        ScopeService scopes(*m_vault);
        scopes.create(scope("payments/charge"), QStringLiteral("Charges cards"));
        scopes.create(scope("payments/refund"), QString());
        scopes.create(scope("comms/notify_sms"), QString());
        set("system:OPENAI_API_KEY", "Shared LLM key");
        set("payments:STRIPE_KEY", "Live Stripe key");
        set("payments/charge:STRIPE_KEY", "Restricted key for charges");
        set("payments/charge:WEBHOOK_SECRET", "Signs Stripe webhooks");
        set("comms:TWILIO_AUTH_TOKEN", "SMS provider");
    }

    // The matrix shows the core's access rule: a tick for a grant on the scope, a half tick
    // through a broader grant, and a suspended or revoked agent's cells say it receives
    // nothing although the grant stays.
    void matrixCellsFollowTheAccessRule()
    {
        AgentService agents(*m_vault);
        agents.add(AgentName::parse(QStringLiteral("matrix-bot")), test::newAgentPublicKey(),
                   QString());
        GrantService(*m_vault).grant(QStringLiteral("matrix-bot"), GrantTarget(scope("payments")),
                                     std::nullopt);
        PermissionMatrixModel model;
        QAbstractItemModelTester tester(&model);
        model.reset(*m_vault);
        const int row = model.rowOf(QStringLiteral("matrix-bot"));
        QVERIFY(row >= 0);
        const QModelIndex pack = model.index(row, model.columnOf(scope("payments")));
        const QModelIndex action = model.index(row, model.columnOf(scope("payments/charge")));
        const QModelIndex other = model.index(row, model.columnOf(scope("comms")));
        QCOMPARE(pack.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(action.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        QCOMPARE(other.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(!action.data(Qt::ToolTipRole).toString().contains(QStringLiteral("nothing")));

        agents.setStatus(QStringLiteral("matrix-bot"), Agent::Status::Suspended);
        model.reset(*m_vault);
        QCOMPARE(action.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        QVERIFY(
            action.data(Qt::ToolTipRole).toString().contains(QStringLiteral("receives nothing")));
        QVERIFY(action.data(Qt::ForegroundRole).isValid());
        QVERIFY(model.flags(action).testFlag(Qt::ItemIsEnabled));

        agents.setStatus(QStringLiteral("matrix-bot"), Agent::Status::Revoked);
        model.reset(*m_vault);
        QVERIFY(pack.data(Qt::ToolTipRole).toString().contains(QStringLiteral("receives nothing")));
        QVERIFY(!model.flags(pack).testFlag(Qt::ItemIsEnabled));
    }

    void scopeTreeShowsPacksActionsAndCounts()
    {
        ScopeTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(m_vault->catalog(), SecretService(*m_vault).listSecrets(std::nullopt));
        QCOMPARE(model.rowCount(), 3); // System, comms, payments
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("System"));
        QCOMPARE(model.index(0, 1).data().toInt(), 1);
        const QModelIndex payments = model.indexOf(scope("payments"));
        QVERIFY(payments.isValid());
        QCOMPARE(payments.data(ScopeTreeModel::CountRole).toInt(), 1);
        QCOMPARE(model.rowCount(payments), 2);
        const QModelIndex charge = model.indexOf(scope("payments/charge"));
        QCOMPARE(charge.parent(), payments);
        QCOMPARE(charge.data(ScopeTreeModel::CountRole).toInt(), 2);
        QCOMPARE(ScopeTreeModel::scopeAt(charge), scope("payments/charge"));
        QVERIFY(charge.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Charges cards")));
        QCOMPARE(model.indexOf(scope("payments/refund")).data(ScopeTreeModel::CountRole).toInt(),
                 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void tableFiltersByScopeAndSearchesEverywhere()
    {
        SecretTableModel table;
        SecretFilterModel filter;
        filter.setSourceModel(&table);
        QAbstractItemModelTester tableTester(
            &table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.reset(SecretService(*m_vault).listSecrets(std::nullopt));
        QCOMPARE(table.rowCount(), 5);
        QCOMPARE(
            table.secretAt(table.rowOf(SecretRef::parse(QStringLiteral("payments:STRIPE_KEY"))))
                .description,
            QStringLiteral("Live Stripe key"));

        filter.setScope(QStringLiteral("payments/charge"));
        QCOMPARE(names(filter), (QStringList{"STRIPE_KEY", "WEBHOOK_SECRET"}));
        filter.setScope(QStringLiteral("system"));
        QCOMPARE(names(filter), QStringList{"OPENAI_API_KEY"});

        // Search-as-you-type: each keystroke narrows; scopes no longer matter ("st" is in
        // "system:OPENAI_API_KEY").
        const QList<QPair<QString, int>> keystrokes = {
            {"s", 5},     {"st", 4},     {"str", 3},     {"stri", 3},
            {"strip", 3}, {"stripe", 3}, {"stripe ", 3}, {"stripe w", 1}};
        for (const auto& [text, expected] : keystrokes) {
            filter.setSearchText(text);
            QVERIFY(filter.isSearching());
            QVERIFY2(filter.rowCount() == expected,
                     qPrintable(QStringLiteral("'%1': %2 rows").arg(text).arg(filter.rowCount())));
        }
        // References match too ("payments/charge:..."), and descriptions.
        filter.setSearchText(QStringLiteral("CHARGE:"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setSearchText(QStringLiteral("sms provider"));
        QCOMPARE(names(filter), QStringList{"TWILIO_AUTH_TOKEN"});
        filter.setSearchText(QString());
        QVERIFY(!filter.isSearching());
        QCOMPARE(names(filter), QStringList{"OPENAI_API_KEY"}); // back to the selected scope

        table.clear();
        QCOMPARE(filter.rowCount(), 0);
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_ui_models.moc"
