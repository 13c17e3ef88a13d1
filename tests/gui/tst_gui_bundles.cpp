// Exporting a bundle from the desktop application, by keyboard, through the real window:
// choose the agent, see what it receives, create a missing required secret from there, pick
// the expiry, save, copy the vault key and the command; then open the bundle with the real
// scopevault-agent, see the export on the audit timeline and the bundle in the Bundles view,
// stale once the secret changes (#18).
#include "GuiHarness.h"
#include "TestHelpers.h"
#include "TestVault.h"
#include "bundles/ExportWizard.h"
#include "catalog/AgentName.h"
#include "catalog/AgentService.h"
#include "catalog/Declaration.h"
#include "catalog/GrantService.h"
#include "catalog/ScopeService.h"
#include "secrets/SecretService.h"
#include "vault/VaultService.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace scopevault;
using scopevault::test::CliResult;
using scopevault::test::GuiHarness;
using scopevault::test::TestVault;

namespace {

QByteArray run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    if (exitCode) {
        *exitCode = process.exitCode();
    }
    const QByteArray errors = process.readAllStandardError();
    if (!errors.isEmpty()) {
        qInfo("%s: %s", qPrintable(program), errors.constData());
    }
    return process.readAllStandardOutput();
}

} // namespace

class TestGuiBundles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ScopevaultTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_bundles"));
    }

    void exportWizardByKeyboardThenTheAgentOpensIt()
    {
        const TestVault vault;
        const QString agentBinary = qEnvironmentVariable("SCOPEVAULT_AGENT");
        const QString identity = vault.dirPath() + QStringLiteral("/bot.key");
        const QByteArray publicKey =
            run(agentBinary, {QStringLiteral("keygen"), QStringLiteral("--out"), identity})
                .trimmed();
        vault.set(QStringLiteral("pay/charge:API_KEY"), "sk_wizard_value");
        QCOMPARE(vault.cli().vault({"action", "declare", "pay/charge", "API_KEY"}).exitCode, 0);
        QCOMPARE(vault.cli().vault({"action", "declare", "pay/charge", "WEBHOOK_SECRET"}).exitCode,
                 0);
        QCOMPARE(vault.cli()
                     .vault({"agent", "add", "bot", "--public-key", QString::fromLatin1(publicKey)})
                     .exitCode,
                 0);
        QCOMPARE(vault.cli()
                     .vault({"agent", "add", "idle", "--public-key",
                             scopevault::test::newAgentPublicKey()})
                     .exitCode,
                 0);
        QCOMPARE(vault.cli().vault({"agent", "suspend", "idle"}).exitCode, 0);
        QCOMPARE(vault.cli().vault({"grant", "bot", "pay/charge"}).exitCode, 0);

        GuiHarness gui;
        QVERIFY(gui.openAndUnlock(vault.path(), QString::fromLatin1(TestVault::Passphrase)));
        const QString out = vault.dirPath() + QStringLiteral("/bot.svb");
        bool walked = false;
        GuiHarness::onNextModal([&](QWidget* modal) {
            auto* wizard = qobject_cast<ExportWizard*>(modal);
            QVERIFY(wizard);
            // The offscreen platform does not activate new windows; shortcuts need it.
            wizard->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(wizard));
            // Agent: the suspended one cannot be chosen; Down then Return picks bot.
            auto* agents = wizard->findChild<QListWidget*>(QStringLiteral("exportAgentList"));
            QCOMPARE(agents->count(), 2);
            agents->setFocus();
            QTest::keyClick(agents, Qt::Key_Down);
            QCOMPARE(agents->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("bot"));
            QTest::keyClick(agents, Qt::Key_Return);
            QCOMPARE(wizard->currentId(), int(ExportWizard::ContentsPage));

            // Contents: what bot receives, and the missing required secret blocks Next.
            auto* contents =
                wizard->findChild<QTableWidget*>(QStringLiteral("exportContentsTable"));
            QCOMPARE(contents->rowCount(), 1);
            QCOMPARE(contents->item(0, 0)->text(), QStringLiteral("API_KEY"));
            QCOMPARE(contents->item(0, 1)->text(), QStringLiteral("pay/charge"));
            QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
            QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("exportPlanSummary"))
                        ->text()
                        .contains(QStringLiteral("WEBHOOK_SECRET")));
            auto* missing = wizard->findChild<QListWidget*>(QStringLiteral("exportMissingList"));
            QCOMPARE(missing->count(), 1);
            QVERIFY(missing->isVisible());
            QVERIFY(
                wizard->findChild<QPushButton*>(QStringLiteral("exportCreateButton"))->isVisible());
            // Create… (the focus is on it; Space) opens New secret with scope and name filled in.
            GuiHarness::onNextModal([](QWidget* dialog) {
                dialog->activateWindow();
                QVERIFY(QTest::qWaitForWindowActive(dialog));
                QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("secretScopeCombo"))
                             ->currentText(),
                         QStringLiteral("pay/charge"));
                QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("secretNameEdit"))->text(),
                         QStringLiteral("WEBHOOK_SECRET"));
                // Scope and name are given: the value field has the focus.
                QTRY_COMPARE(QApplication::focusWidget()->objectName(),
                             QStringLiteral("secretValueField"));
                QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("whsec_wizard"));
                QTest::keyClick(dialog, Qt::Key_Return);
            });
            // Under load the offscreen platform can hand activation back to the main window
            // for a moment: the wizard is made active again, and the focus waited for.
            wizard->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(wizard));
            const auto focused = [] {
                return QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                   : QString();
            };
            QTRY_COMPARE(focused(), QStringLiteral("exportCreateButton"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            wizard->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(wizard));
            QCOMPARE(contents->rowCount(), 2);
            QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
            QTest::keyClick(wizard, Qt::Key_Return);
            QCOMPARE(wizard->currentId(), int(ExportWizard::ExpiryPage));

            // Expiry: the setting's default (7 days) is chosen; Up moves to 1 day.
            QVERIFY(wizard->findChild<QRadioButton*>(QStringLiteral("exportExpiry604800"))
                        ->isChecked());
            wizard->findChild<QRadioButton*>(QStringLiteral("exportExpiry604800"))->setFocus();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
            QVERIFY(
                wizard->findChild<QRadioButton*>(QStringLiteral("exportExpiry86400"))->isChecked());
            QTest::keyClick(wizard, Qt::Key_Return);
            QCOMPARE(wizard->currentId(), int(ExportWizard::SavePage));

            // Where: the path typed; Return exports.
            auto* path = wizard->findChild<QLineEdit*>(QStringLiteral("exportPathEdit"));
            QVERIFY(path->text().endsWith(QStringLiteral("bot.svb")));
            path->setFocus();
            path->selectAll();
            QTest::keyClicks(path, out);
            QTest::keyClick(path, Qt::Key_Return);
            QCOMPARE(wizard->currentId(), int(ExportWizard::DonePage));

            // Done: the key to pin and the command, each copied with a key press.
            const QString key =
                wizard->findChild<QLineEdit*>(QStringLiteral("exportVaultKeyEdit"))->text();
            QCOMPARE(key.toLatin1(), vault.cli().vault({"vault-key"}).out.trimmed());
            wizard->findChild<QPushButton*>(QStringLiteral("exportCopyKeyButton"))->setFocus();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            QCOMPARE(QGuiApplication::clipboard()->text(), key);
            wizard->findChild<QPushButton*>(QStringLiteral("exportCopyCommandButton"))->setFocus();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            QVERIFY(QGuiApplication::clipboard()->text().startsWith(
                QStringLiteral("scopevault-agent exec --bundle bot.svb --identity bot.key "
                               "--vault-key ")));
            walked = true;
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Finish
        });
        gui.find<QAction>("actionExportBundle")->trigger();
        QVERIFY(walked);
        QVERIFY(QFileInfo::exists(out));
        QCOMPARE(QFileInfo(out).permissions() & 0x0077, QFileDevice::Permissions());

        // The real agent opens it with its identity and the pinned key.
        int exitCode = -1;
        const QByteArray env =
            run(agentBinary,
                {QStringLiteral("env"), QStringLiteral("--bundle"), out,
                 QStringLiteral("--identity"), identity, QStringLiteral("--vault-key"),
                 QString::fromLatin1(vault.cli().vault({"vault-key"}).out.trimmed()),
                 QStringLiteral("--format"), QStringLiteral("json")},
                &exitCode);
        QVERIFY2(exitCode == 0, env.constData());
        QVERIFY(env.contains("sk_wizard_value"));
        QVERIFY(env.contains("whsec_wizard"));

        // The Bundles view lists it; the audit timeline has the export.
        gui.find<QAction>("actionShowBundles")->trigger();
        auto* bundles = gui.find<QTableView>("bundlesTable");
        QCOMPARE(bundles->model()->rowCount(), 1);
        QCOMPARE(bundles->model()->index(0, 4).data().toString(), QStringLiteral("Valid"));
        gui.find<QAction>("actionShowAudit")->trigger();
        auto* kind = gui.find<QComboBox>("auditKindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("bundles")));
        auto* audit = gui.find<QTableView>("auditTable");
        QTRY_COMPARE(audit->model()->rowCount(), 1);
        QCOMPARE(audit->model()->index(0, 2).data().toString(), QStringLiteral("bundle.exported"));

        // Deleting the secret would take it from bot: the confirmation says so.
        gui.window().showSecrets();
        gui.find<QLineEdit>("searchEdit")->setText(QStringLiteral("API_KEY"));
        gui.find<QTableView>("secretTable")->selectRow(0);
        GuiHarness::onNextModal([](QWidget* box) {
            QCOMPARE(box->objectName(), QStringLiteral("confirmDeleteSecret"));
            const QString text = qobject_cast<QMessageBox*>(box)->text();
            QVERIFY2(text.contains(QStringLiteral("bot (for pay/charge)")), qPrintable(text));
            qobject_cast<QMessageBox*>(box)->button(QMessageBox::Cancel)->click();
        });
        gui.find<QAction>("actionDeleteSecret")->trigger();
        QVERIFY(gui.session().secrets().secretExists(
            SecretRef::parse(QStringLiteral("pay/charge:API_KEY"))));

        // A changed secret makes the bundle stale; Re-issue opens the wizard for bot.
        SecretService(gui.session().vault())
            .setSecret(SecretRef::parse(QStringLiteral("pay/charge:API_KEY")),
                       SecureBuffer::copyOf(std::string_view("sk_wizard_rotated")));
        gui.session().notifyChanged();
        gui.find<QAction>("actionShowBundles")->trigger();
        QVERIFY2(bundles->model()->index(0, 4).data().toString().contains(QStringLiteral("stale")),
                 qPrintable(bundles->model()->index(0, 4).data().toString()));
        bundles->selectRow(0);
        GuiHarness::onNextModal([](QWidget* modal) {
            auto* wizard = qobject_cast<ExportWizard*>(modal);
            QVERIFY(wizard);
            QCOMPARE(wizard->agent(), QStringLiteral("bot"));
            wizard->reject();
        });
        gui.find<QPushButton>("bundlesReissueButton")->click();
    }

    void addAgentTakesTheWholeKeygenOutput()
    {
        const TestVault vault;
        const QString agentBinary = qEnvironmentVariable("SCOPEVAULT_AGENT");
        QProcess keygen;
        keygen.start(agentBinary, {QStringLiteral("keygen"), QStringLiteral("--out"),
                                   vault.dirPath() + QStringLiteral("/new.key")});
        QVERIFY(keygen.waitForFinished(30000));
        const QByteArray stdoutText = keygen.readAllStandardOutput();
        // What a terminal shows: the key line and the hint on stderr, pasted together.
        const QString pasted = QString::fromUtf8(stdoutText + keygen.readAllStandardError());
        const QString key = QString::fromLatin1(stdoutText.trimmed());
        GuiHarness gui;
        QVERIFY(gui.openAndUnlock(vault.path(), QString::fromLatin1(TestVault::Passphrase)));
        GuiHarness::onNextModal([&](QWidget* dialog) {
            QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("agentKeygenCommand"))
                        ->text()
                        .startsWith(QStringLiteral("scopevault-agent keygen")));
            dialog->findChild<QLineEdit*>(QStringLiteral("agentNameEdit"))
                ->setText(QStringLiteral("newbot"));
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("agentKeyEdit"))
                ->setPlainText(pasted);
            const QString status =
                dialog->findChild<QLabel*>(QStringLiteral("agentKeyStatus"))->text();
            QVERIFY2(status.startsWith(QStringLiteral("Valid key")), qPrintable(status));
            dialog->findChild<QPushButton*>(QStringLiteral("addAgentOkButton"))->click();
        });
        gui.find<QAction>("actionAddAgent")->trigger();
        const CliResult shown = vault.cli().vault({"agent", "show", "newbot"});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        // The key stored is the one keygen made, found in the pasted output: its fingerprint.
        QCOMPARE(key.size(), 44);
        const QString fingerprint =
            QRegularExpression(QStringLiteral("fingerprint ([0-9a-f:]{47})"))
                .match(pasted)
                .captured(1);
        QVERIFY2(!fingerprint.isEmpty(), qPrintable(pasted));
        QVERIFY2(shown.out.contains(fingerprint.toLatin1()), shown.out.constData());
    }

    void missingSecretIsCreatedFromTheEffectiveView()
    {
        const TestVault vault;
        vault.set(QStringLiteral("pay/charge:API_KEY"), "k");
        QCOMPARE(vault.cli().vault({"action", "declare", "pay/charge", "WEBHOOK_SECRET"}).exitCode,
                 0);
        GuiHarness gui;
        QVERIFY(gui.openAndUnlock(vault.path(), QString::fromLatin1(TestVault::Passphrase)));
        gui.window().showEffective(QStringLiteral("pay/charge"));
        auto* table = gui.find<QTableView>("effectiveTable");
        QVERIFY(table);
        int missingRow = -1;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data().toString() ==
                QLatin1String("WEBHOOK_SECRET")) {
                missingRow = row;
            }
        }
        QVERIFY(missingRow >= 0);
        // Offered before any row is chosen: it creates the first missing secret.
        QVERIFY(gui.find<QPushButton>("effectiveCreateButton")->isEnabled());
        table->setFocus();
        table->setCurrentIndex(table->model()->index(missingRow, 0));
        QVERIFY(gui.find<QPushButton>("effectiveCreateButton")->isEnabled());
        GuiHarness::onNextModal([](QWidget* dialog) {
            QCOMPARE(
                dialog->findChild<QComboBox*>(QStringLiteral("secretScopeCombo"))->currentText(),
                QStringLiteral("pay/charge"));
            QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("secretNameEdit"))->text(),
                     QStringLiteral("WEBHOOK_SECRET"));
            dialog->findChild<QLineEdit*>(QStringLiteral("secretValueField"))
                ->setText(QStringLiteral("whsec_effective"));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QTest::keyClick(table, Qt::Key_Return); // Enter on a missing row creates it
        QCOMPARE(vault.cli().vault({"get", "pay/charge:WEBHOOK_SECRET"}).out,
                 QByteArray("whsec_effective"));
        // Nothing is missing any more: nothing to create.
        QTRY_VERIFY(!gui.find<QPushButton>("effectiveCreateButton")->isEnabled());

        // The same from an agent's coverage.
        // (Set up through the window's own services: its catalog is kept while unlocked.)
        VaultService& service = gui.session().vault();
        const Scope charge = Scope::parse(QStringLiteral("pay/charge"));
        ScopeService(service).declare(charge,
                                      Declaration{QStringLiteral("SIGNING_KEY"), QString(), true});
        AgentService(service).add(AgentName::parse(QStringLiteral("payer")),
                                  scopevault::test::newAgentPublicKey(), QString());
        GrantService(service).grant(QStringLiteral("payer"), GrantTarget(charge), std::nullopt);
        gui.session().notifyChanged();
        gui.window().showAgents();
        gui.find<QTableView>("agentTable")->selectRow(0);
        auto* coverage = gui.find<QTableView>("agentCoverageTable");
        int row = -1;
        for (int r = 0; r < coverage->model()->rowCount(); ++r) {
            if (coverage->model()->index(r, 1).data().toString() == QLatin1String("SIGNING_KEY")) {
                row = r;
            }
        }
        QVERIFY(row >= 0);
        coverage->setFocus();
        coverage->setCurrentIndex(coverage->model()->index(row, 1));
        GuiHarness::onNextModal([](QWidget* dialog) {
            QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("secretNameEdit"))->text(),
                     QStringLiteral("SIGNING_KEY"));
            dialog->findChild<QLineEdit*>(QStringLiteral("secretValueField"))
                ->setText(QStringLiteral("sig_coverage"));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QTest::keyClick(coverage, Qt::Key_Return);
        QCOMPARE(vault.cli().vault({"get", "pay/charge:SIGNING_KEY"}).out,
                 QByteArray("sig_coverage"));
    }

    // The three jobs from an empty vault, as a newcomer does them in the window: a pack and an
    // action declaring a secret, the secret, an agent from pasted keygen output, its grant,
    // its bundle (the agent opens it), and the export on the audit timeline.
    void threeJobsFromAnEmptyVault()
    {
        const TestVault vault;
        GuiHarness gui;
        QVERIFY(gui.openAndUnlock(vault.path(), QString::fromLatin1(TestVault::Passphrase)));
        QVERIFY(gui.find<QLabel>("secretReferenceLabel")->text().contains(QStringLiteral("empty")));

        GuiHarness::onNextModal([](QWidget* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("scopeNameEdit")),
                             QStringLiteral("pay"));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        gui.find<QPushButton>("newPackButton")->click();
        GuiHarness::onNextModal([](QWidget* dialog) {
            QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("scopePackCombo"))->currentText(),
                     QStringLiteral("pay"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("scopeNameEdit")),
                             QStringLiteral("charge"));
            dialog->findChild<QPushButton*>(QStringLiteral("scopeAddDeclaration"))->click();
            auto* table =
                dialog->findChild<QTableWidget*>(QStringLiteral("scopeDeclarationsTable"));
            table->item(0, 0)->setText(QStringLiteral("API_KEY"));
            dialog->findChild<QLineEdit*>(QStringLiteral("scopeNameEdit"))->setFocus();
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        gui.find<QPushButton>("newActionButton")->click();
        const Action* action =
            gui.session().vault().catalog().action(Scope::parse(QStringLiteral("pay/charge")));
        QVERIFY(action);
        QCOMPARE(action->declarations.size(), 1);
        QCOMPARE(action->declarations.first().name, QStringLiteral("API_KEY"));

        // The secret, at the action the tree now has selected.
        GuiHarness::onNextModal([](QWidget* dialog) {
            QCOMPARE(
                dialog->findChild<QComboBox*>(QStringLiteral("secretScopeCombo"))->currentText(),
                QStringLiteral("pay/charge"));
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("API_KEY"));
            dialog->findChild<QLineEdit*>(QStringLiteral("secretValueField"))
                ->setText(QStringLiteral("sk_walkthrough"));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        gui.find<QAction>("actionNewSecret")->trigger();

        // The agent, from keygen's whole output pasted.
        const QString agentBinary = qEnvironmentVariable("SCOPEVAULT_AGENT");
        const QString identity = vault.dirPath() + QStringLiteral("/walker.key");
        QProcess keygen;
        keygen.start(agentBinary, {QStringLiteral("keygen"), QStringLiteral("--out"), identity});
        QVERIFY(keygen.waitForFinished(30000));
        const QString pasted =
            QString::fromUtf8(keygen.readAllStandardOutput() + keygen.readAllStandardError());
        GuiHarness::onNextModal([&](QWidget* dialog) {
            dialog->findChild<QLineEdit*>(QStringLiteral("agentNameEdit"))
                ->setText(QStringLiteral("walker"));
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("agentKeyEdit"))
                ->setPlainText(pasted);
            dialog->findChild<QPushButton*>(QStringLiteral("addAgentOkButton"))->click();
        });
        gui.find<QAction>("actionAddAgent")->trigger();

        // The grant, from the agent's page: the target picked by typing, then what walker now
        // receives.
        GuiHarness::onNextModal([](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("grantDialog"));
            auto* target = dialog->findChild<QComboBox*>(QStringLiteral("grantTargetCombo"));
            QTest::keyClicks(target, QStringLiteral("pay/charge"));
            GuiHarness::onNextModal([](QWidget* box) {
                QCOMPARE(box->objectName(), QStringLiteral("grantSummaryBox"));
                const QString text = qobject_cast<QMessageBox*>(box)->text();
                QVERIFY2(text.contains(QStringLiteral("pay/charge:API_KEY (version 1)")),
                         qPrintable(text));
                QVERIFY(!text.contains(QStringLiteral("Gaps")));
                qobject_cast<QMessageBox*>(box)->button(QMessageBox::Ok)->click();
            });
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        gui.find<QAction>("actionGrantAccess")->trigger();
        QTRY_COMPARE(gui.session().vault().catalog().grantsOf(QStringLiteral("walker")).size(), 1);

        // The bundle, with the wizard.
        const QString out = vault.dirPath() + QStringLiteral("/walker.svb");
        GuiHarness::onNextModal([&](QWidget* modal) {
            auto* wizard = qobject_cast<ExportWizard*>(modal);
            QVERIFY(wizard);
            QCOMPARE(wizard->agent(), QStringLiteral("walker")); // the only agent: chosen
            wizard->next();
            QCOMPARE(
                wizard->findChild<QTableWidget*>(QStringLiteral("exportContentsTable"))->rowCount(),
                1);
            wizard->next();
            wizard->next();
            wizard->findChild<QLineEdit*>(QStringLiteral("exportPathEdit"))->setText(out);
            wizard->next();
            QCOMPARE(wizard->currentId(), int(ExportWizard::DonePage));
            wizard->accept();
        });
        gui.find<QAction>("actionExportBundle")->trigger();
        int exitCode = -1;
        const QByteArray env =
            run(agentBinary,
                {QStringLiteral("env"), QStringLiteral("--bundle"), out,
                 QStringLiteral("--identity"), identity, QStringLiteral("--vault-key"),
                 QString::fromLatin1(gui.session().vault().signingPublicKey().toBase64()),
                 QStringLiteral("--format"), QStringLiteral("dotenv")},
                &exitCode);
        QVERIFY2(exitCode == 0, env.constData());
        QVERIFY(env.contains("sk_walkthrough"));

        // Who got what, when: the export on the timeline.
        gui.find<QAction>("actionShowAudit")->trigger();
        auto* kind = gui.find<QComboBox>("auditKindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("bundles")));
        QTRY_COMPARE(gui.find<QTableView>("auditTable")->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestGuiBundles)
#include "tst_gui_bundles.moc"
