#include "secrets/SecretRef.h"
#include "vault/VaultError.h"

#include <QtTest>

using namespace scopevault;

class TestScopeAndRef : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validReferences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("name");
        QTest::newRow("system") << "system:OPENAI_API_KEY" << int(Scope::Kind::System) << "system"
                                << "OPENAI_API_KEY";
        QTest::newRow("pack") << "payments:STRIPE_API_KEY" << int(Scope::Kind::Pack) << "payments"
                              << "STRIPE_API_KEY";
        QTest::newRow("action") << "payments/charge:STRIPE_API_KEY" << int(Scope::Kind::Action)
                                << "payments/charge"
                                << "STRIPE_API_KEY";
        QTest::newRow("underscore name") << "a-1/b_2:_x9" << int(Scope::Kind::Action) << "a-1/b_2"
                                         << "_x9";
        QTest::newRow("at the limits")
            << QString(64, QLatin1Char('p')) + "/" + QString(63, QLatin1Char('a')) +
                   "9:" + QString(255, QLatin1Char('Z'))
            << int(Scope::Kind::Action)
            << QString(64, QLatin1Char('p')) + "/" + QString(63, QLatin1Char('a')) + "9"
            << QString(255, QLatin1Char('Z'));
        QTest::newRow("digit pack, one-letter name") << "9:_" << int(Scope::Kind::Pack) << "9"
                                                     << "_";
    }
    void validReferences()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, scope);
        QFETCH(QString, name);
        const SecretRef ref = SecretRef::parse(text);
        QCOMPARE(int(ref.scope().kind()), kind);
        QCOMPARE(ref.scope().toString(), scope);
        QCOMPARE(ref.name(), name);
        QCOMPARE(ref.toString(), text);
    }

    void invalidReferences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no colon") << "OPENAI_API_KEY"
                                  << "expected SCOPE:NAME";
        QTest::newRow("name starts with digit") << "system:1KEY"
                                                << "environment-variable";
        QTest::newRow("name with dash") << "system:MY-KEY"
                                        << "environment-variable";
        QTest::newRow("empty name") << "system:"
                                    << "environment-variable";
        QTest::newRow("system reserved as pack") << "system/charge:KEY"
                                                 << "reserved";
        QTest::newRow("upper-case pack") << "Payments:KEY"
                                         << "pack name 'Payments'";
        QTest::newRow("pack starts with dash") << "-pay:KEY"
                                               << "pack name";
        QTest::newRow("action with dot") << "pay/char.ge:KEY"
                                         << "action name 'char.ge'";
        QTest::newRow("two slashes") << "a/b/c:KEY"
                                     << "at most one '/'";
        QTest::newRow("empty scope") << ":KEY"
                                     << "empty scope";
        QTest::newRow("long name") << "system:" + QString(256, QLatin1Char('A')) << "255";
        QTest::newRow("long pack") << QString(65, QLatin1Char('p')) + ":KEY"
                                   << "at most 64";
        QTest::newRow("long action") << "pay/" + QString(65, QLatin1Char('a')) + ":KEY"
                                     << "action name";
        QTest::newRow("non-ASCII letter in name")
            << QString::fromUtf8("system:K\u00c9Y") << "environment-variable";
        QTest::newRow("Arabic-Indic digit first")
            << QString::fromUtf8("system:\u0661KEY") << "environment-variable";
        QTest::newRow("newline after name") << "system:KEY\n"
                                            << "environment-variable";
        QTest::newRow("newline after pack") << "pay\n:KEY"
                                            << "pack name";
        QTest::newRow("non-ASCII pack") << QString::fromUtf8("p\u00e4y:KEY") << "pack name";
    }
    void invalidReferences()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        try {
            (void)SecretRef::parse(text);
            QFAIL("accepted an invalid reference");
        } catch (const VaultError& error) {
            QCOMPARE(error.code(), ErrorCode::Usage);
            QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
        }
    }

    void scopeContainment()
    {
        const Scope system = Scope::system();
        const Scope pack = Scope::parse(QStringLiteral("payments"));
        const Scope action = Scope::parse(QStringLiteral("payments/charge"));
        const Scope other = Scope::parse(QStringLiteral("comms"));
        QVERIFY(system.isWithin(system));
        QVERIFY(!pack.isWithin(system)); // system lists only its own secrets
        QVERIFY(action.isWithin(pack));
        QVERIFY(pack.isWithin(pack));
        QVERIFY(!pack.isWithin(action));
        QVERIFY(!action.isWithin(other));
        QVERIFY(!system.isWithin(pack));
    }
};

QTEST_GUILESS_MAIN(TestScopeAndRef)
#include "tst_scope_and_ref.moc"
