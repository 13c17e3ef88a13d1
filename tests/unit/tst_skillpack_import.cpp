// Skill-pack manifests in both styles, from the fixtures; re-import; every bad input is a
// clear error that names file and line and writes nothing.
#include "InProcessVault.h"
#include "TestHelpers.h"
#include "catalog/AgentName.h"
#include "catalog/AgentService.h"
#include "catalog/GrantService.h"
#include "catalog/ScopeService.h"
#include "import/ManifestParser.h"
#include "import/SkillpackImporter.h"
#include "secrets/SecretService.h"
#include "vault/SystemClock.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace scopevault;

namespace {

QString fixtures()
{
    return qEnvironmentVariable("SCOPEVAULT_FIXTURES") + QStringLiteral("/skillpacks");
}

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QString declarations(const Action& action)
{
    QStringList out;
    for (const Declaration& each : action.declarations) {
        out << each.name + (each.required ? QString() : QStringLiteral("?"));
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestSkillpackImport : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    std::unique_ptr<scopevault::test::InProcessVault> m_fixture;
    VaultService* m_vault = nullptr;

    const Action& action(const char* scope)
    {
        const Action* found = m_vault->catalog().action(Scope::parse(QString::fromLatin1(scope)));
        if (!found) {
            qFatal("no action %s", scope);
        }
        return *found;
    }

    void expectFailure(const QString& dir, const QString& mentions)
    {
        const int actionsBefore = static_cast<int>(m_vault->catalog().actions().size());
        try {
            SkillpackImporter importer(*m_vault);
            importer.apply(importer.plan(dir, std::nullopt));
            QFAIL("a bad skill pack was imported");
        } catch (const VaultError& error) {
            QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
        }
        QCOMPARE(static_cast<int>(m_vault->catalog().actions().size()), actionsBefore);
    }

private Q_SLOTS:
    void init()
    {
        m_fixture.reset();
        m_fixture = std::make_unique<scopevault::test::InProcessVault>(m_clock);
        m_vault = &m_fixture->service();
    }

    void fixturePacksInBothStyles()
    {
        SkillpackImporter importer(*m_vault);
        const SkillpackPlan plan = importer.plan(fixtures(), std::nullopt);
        QCOMPARE(plan.newPacks, (QStringList{QStringLiteral("comms"), QStringLiteral("finance")}));
        QCOMPARE(plan.actions.size(), 4);
        importer.apply(plan);
        QCOMPARE(declarations(action("finance/wallet_screening")),
                 QStringLiteral("ETHERSCAN_API_KEY CHAINALYSIS_API_KEY?"));
        QCOMPARE(action("finance/wallet_screening").declarations[0].description,
                 QStringLiteral("API key for Etherscan (https://etherscan.io/apis)"));
        // notify_sms uses both styles at once: merged, all required.
        QCOMPARE(declarations(action("comms/notify_sms")),
                 QStringLiteral("TWILIO_FROM_NUMBER TWILIO_ACCOUNT_SID TWILIO_AUTH_TOKEN"));
        QCOMPARE(declarations(action("finance/mica_module")),
                 QStringLiteral("OPENAI_API_KEY ETHERSCAN_API_KEY"));
        QCOMPARE(declarations(action("comms/pii_masker")), QString());
        QCOMPARE(action("comms/pii_masker").description,
                 QStringLiteral("Masks personal data in free text. Needs no secrets."));
        // The leaked credentials in notify_sms/SKILL.md are flagged by name only.
        QCOMPARE(plan.warnings.size(), 2);
        QVERIFY(plan.warnings[0].contains(QStringLiteral("SKILL.md:7")));
        QVERIFY(plan.warnings[0].contains(QStringLiteral("TWILIO_AUTH_TOKEN")));
        for (const QString& warning : plan.warnings) {
            QVERIFY(!warning.contains(QStringLiteral("f3c8a9d2")));
            QVERIFY(!warning.contains(QStringLiteral("sk_live")));
        }
        QCOMPARE(SecretService(*m_vault).listSecrets(std::nullopt).size(),
                 std::size_t(0)); // no invented values
    }

    void onePackFolderWithPackOption()
    {
        SkillpackImporter importer(*m_vault);
        importer.apply(
            importer.plan(fixtures() + QStringLiteral("/finance"), QStringLiteral("fin")));
        QCOMPARE(m_vault->catalog().packs().keys(), QStringList{QStringLiteral("fin")});
        QCOMPARE(declarations(action("fin/mica_module")),
                 QStringLiteral("OPENAI_API_KEY ETHERSCAN_API_KEY"));
        try {
            (void)importer.plan(fixtures(), QStringLiteral("fin"));
            QFAIL("--pack accepted for a folder of several packs");
        } catch (const VaultError& error) {
            QCOMPARE(error.code(), ErrorCode::Usage);
        }
    }

    void reimportUpdatesDeclarationsAndKeepsWhatTheAdminSet()
    {
        QTemporaryDir copy;
        const QString manifest = copy.path() + QStringLiteral("/pay/charge/manifest.yaml");
        writeFile(manifest, "name: charge\ndescription: From the manifest\n"
                            "secrets: [STRIPE_KEY, OLD_KEY]\n");
        SkillpackImporter importer(*m_vault);
        importer.apply(importer.plan(copy.path(), std::nullopt));
        const Scope scope = Scope::parse(QStringLiteral("pay/charge"));
        ScopeService(*m_vault).describe(scope, QStringLiteral("Set by the admin"));
        SecretService(*m_vault).setSecret(SecretRef::parse(QStringLiteral("pay:STRIPE_KEY")),
                                          SecureBuffer::copyOf("sk_test"));
        AgentService(*m_vault).add(AgentName::parse(QStringLiteral("bot")),
                                   scopevault::test::newAgentPublicKey(), QString());
        GrantService(*m_vault).grant(QStringLiteral("bot"), GrantTarget(scope), std::nullopt);

        writeFile(manifest, "name: charge\ndescription: Changed upstream\n"
                            "env_vars:\n  STRIPE_KEY: {description: Live key, required: true}\n"
                            "  WEBHOOK_SECRET: {required: false}\n");
        const SkillpackPlan plan = importer.plan(copy.path(), std::nullopt);
        QCOMPARE(plan.actions[0].added, QStringList{QStringLiteral("WEBHOOK_SECRET")});
        QCOMPARE(plan.actions[0].removed, QStringList{QStringLiteral("OLD_KEY")});
        QCOMPARE(plan.actions[0].changed, QStringList{QStringLiteral("STRIPE_KEY")});
        importer.apply(plan);
        QCOMPARE(declarations(action("pay/charge")), QStringLiteral("STRIPE_KEY WEBHOOK_SECRET?"));
        QCOMPARE(action("pay/charge").description, QStringLiteral("Set by the admin"));
        QCOMPARE(QByteArrayView(SecretService(*m_vault)
                                    .readValue(SecretRef::parse(QStringLiteral("pay:STRIPE_KEY")))
                                    .view())
                     .toByteArray(),
                 QByteArray("sk_test"));
        QCOMPARE(GrantService(*m_vault).list(QStringLiteral("bot")).size(), 1);
    }

    void badInputIsAClearErrorAndWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("badManifest");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad YAML") << QByteArray("name: x\nsecrets: [A, B\nenv_vars: {}\n")
                                  << "manifest.yaml:";
        QTest::newRow("non-string secret name")
            << QByteArray("secrets:\n  - GOOD\n  - {nested: map}\n") << "manifest.yaml:3:";
        QTest::newRow("numeric secret name") << QByteArray("secrets: [123]\n") << "'123'";
        QTest::newRow("env_vars not a mapping") << QByteArray("env_vars: [A, B]\n") << "env_vars";
        QTest::newRow("required not a bool")
            << QByteArray("env_vars:\n  KEY: {required: maybe}\n") << "required";
        QTest::newRow("top level not a mapping") << QByteArray("- just\n- a list\n") << "top level";
    }
    void badInputIsAClearErrorAndWritesNothing()
    {
        QFETCH(QByteArray, badManifest);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        writeFile(dir.path() + QStringLiteral("/pack/a_good/manifest.yaml"), "secrets: [FINE]\n");
        writeFile(dir.path() + QStringLiteral("/pack/b_bad/manifest.yaml"), badManifest);
        expectFailure(dir.path(), mentions);
        QVERIFY(!m_vault->catalog().pack(QStringLiteral("pack")));
    }

    void folderWithoutManifests()
    {
        QTemporaryDir dir;
        writeFile(dir.path() + QStringLiteral("/pack/action/README.md"), "no manifest here\n");
        expectFailure(dir.path(), QStringLiteral("no manifest.yaml"));
        expectFailure(dir.path() + QStringLiteral("/missing"), QStringLiteral("not a folder"));
    }

    void invalidFolderNameSuggestsPackOption()
    {
        QTemporaryDir dir;
        writeFile(dir.path() + QStringLiteral("/Bad Action/manifest.yaml"), "secrets: [A]\n");
        expectFailure(dir.path(), QStringLiteral("Bad Action"));
    }
};

QTEST_GUILESS_MAIN(TestSkillpackImport)
#include "tst_skillpack_import.moc"
