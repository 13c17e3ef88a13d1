// The rotation schedule, the banner, a secret's History tab and the Rotate dialog through the
// real window, with a FakeClock that moves time (#16).
#include "FakeClock.h"
#include "GuiHarness.h"
#include "TestHelpers.h"
#include "TestVault.h"
#include "audit/AuditService.h"
#include "bundles/BundleService.h"
#include "catalog/AgentName.h"
#include "catalog/AgentService.h"
#include "catalog/Declaration.h"
#include "catalog/GrantService.h"
#include "catalog/ScopeService.h"
#include "rotation/RotationService.h"
#include "rotation/RotationTimeline.h"
#include "secrets/SecretService.h"
#include "vault/VaultService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace scopevault;
using scopevault::test::FakeClock;
using scopevault::test::GuiHarness;
using scopevault::test::TestVault;

namespace {

constexpr qint64 Day = 24 * 3600;

const SecretRef Key = SecretRef::parse(QStringLiteral("pay/charge:API_KEY"));

QString statusOf(GuiHarness& gui, int row)
{
    return gui.find<QTableView>("rotationTable")->model()->index(row, 0).data().toString();
}

} // namespace

class TestGuiRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ScopevaultTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_rotation"));
    }

    void policyScheduleBannerRotateAndRestore()
    {
        FakeClock clock(QDateTime::currentDateTimeUtc());
        const TestVault vault;
        vault.set(Key.toString(), "first-value");
        GuiHarness gui(&clock);
        QVERIFY(gui.openAndUnlock(vault.path(), QString::fromLatin1(TestVault::Passphrase)));

        // What acts on one secret is offered only with one selected.
        auto* search = gui.find<QLineEdit>("searchEdit");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("API_KEY"));
        QVERIFY(!gui.find<QAction>("actionEditSecret")->isEnabled());
        QVERIFY(!gui.find<QAction>("actionRotateSecret")->isEnabled());
        // Down moves from the search field into the results and selects the first.
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("secretTable"));
        QCOMPARE(gui.find<QTableView>("secretTable")->selectionModel()->selectedRows().size(), 1);
        // The policy is set in the secret dialog: every 30 days.
        QVERIFY(gui.find<QAction>("actionEditSecret")->isEnabled());
        QVERIFY(gui.find<QAction>("actionReveal")->isEnabled());
        GuiHarness::onNextModal([](QWidget* dialog) {
            auto* rotation = dialog->findChild<QComboBox*>(QStringLiteral("secretRotationCombo"));
            rotation->setCurrentIndex(1);
            dialog->findChild<QSpinBox*>(QStringLiteral("secretRotationDays"))->setValue(30);
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        gui.find<QAction>("actionEditSecret")->trigger();
        QList<RotationPolicy> policies = gui.session().rotation().policies();
        QCOMPARE(policies.size(), 1);
        QCOMPARE(policies.first().everySeconds, 30 * Day);
        QVERIFY(gui.find<QLabel>("secretDetailsLabel")
                    ->text()
                    .contains(QStringLiteral("every 30 days")));

        gui.find<QAction>("actionShowRotation")->trigger();
        auto* table = gui.find<QTableView>("rotationTable");
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY2(statusOf(gui, 0).endsWith(QStringLiteral("OK")), qPrintable(statusOf(gui, 0)));
        auto* tabs = gui.find<QTabWidget>("vaultViewTabs");
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("R&otation"));

        // Twenty days on: due soon; fifteen more: overdue, and the banner says so at unlock.
        clock.advanceSecs(20 * Day);
        gui.session().notifyChanged();
        QVERIFY(statusOf(gui, 0).endsWith(QStringLiteral("Due soon")));
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("R&otation (1)"));
        clock.advanceSecs(15 * Day);
        gui.window().lockVault();
        QTRY_COMPARE(gui.find<QStackedWidget>("pages")->currentWidget()->objectName(),
                     QStringLiteral("unlockPage"));
        QVERIFY(!gui.find<QFrame>("rotationBanner")->isVisible());
        // The passphrase can be shown while typing; the next unlock starts hidden again.
        auto* show = gui.find<QCheckBox>("unlockShowCheck");
        show->click();
        QCOMPARE(gui.find<QLineEdit>("unlockPassphraseEdit")->echoMode(), QLineEdit::Normal);
        show->click();
        QCOMPARE(gui.find<QLineEdit>("unlockPassphraseEdit")->echoMode(), QLineEdit::Password);
        // Settings and Quit have their keys whatever the platform theme says.
        QVERIFY(gui.find<QAction>("actionSettings")
                    ->shortcuts()
                    .contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        QVERIFY(gui.find<QAction>("actionQuit")
                    ->shortcuts()
                    .contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
        QTest::keyClicks(gui.find<QLineEdit>("unlockPassphraseEdit"),
                         QString::fromLatin1(TestVault::Passphrase));
        QTest::keyClick(gui.find<QLineEdit>("unlockPassphraseEdit"), Qt::Key_Return);
        QVERIFY(gui.waitUnlocked());
        // Back where the user was: the Rotation view, not the first tab.
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("rotationView"));
        QVERIFY(gui.find<QFrame>("rotationBanner")->isVisible());
        QCOMPARE(gui.find<QLabel>("rotationBannerText")->text(),
                 QStringLiteral("Rotation: 1 secret overdue or expired."));
        gui.find<QPushButton>("rotationBannerShow")->click();
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("rotationView"));
        QVERIFY(statusOf(gui, 0).endsWith(QStringLiteral("Overdue")));

        // An agent holds the current value in a bundle: rotating makes it stale.
        VaultService& service = gui.session().vault();
        ScopeService(service).declare(Key.scope(), Declaration{Key.name(), QString(), true});
        AgentService(service).add(AgentName::parse(QStringLiteral("bot")),
                                  scopevault::test::newAgentPublicKey(), QString());
        GrantService(service).grant(QStringLiteral("bot"), GrantTarget(Key.scope()), std::nullopt);
        BundleRequest request;
        request.agent = QStringLiteral("bot");
        request.outPath = gui.dir() + QStringLiteral("/bot.svb");
        (void)BundleService(service).exportBundle(request);
        gui.session().notifyChanged();

        // Clicking the mark on the timeline selects the row; Rotate… with the generator.
        auto* timeline = gui.find<RotationTimeline>("rotationTimeline");
        const QRectF mark = timeline->markRect(0);
        QVERIFY(!mark.isEmpty());
        QTest::mouseClick(timeline, Qt::LeftButton, {}, mark.center().toPoint());
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        GuiHarness::onNextModal([](QWidget* dialog) {
            dialog->findChild<QRadioButton*>(QStringLiteral("rotateGenerateRadio"))
                ->setChecked(true);
            auto* length = dialog->findChild<QSpinBox*>(QStringLiteral("rotateLengthSpin"));
            length->setValue(24);
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("rotateStrengthLabel"))
                        ->text()
                        .contains(QStringLiteral("142 bits")));
            QCOMPARE(
                dialog->findChild<QLineEdit*>(QStringLiteral("rotateValueField"))->text().size(),
                24);
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        gui.find<QPushButton>("rotationRotateButton")->click();
        QCOMPARE(gui.session().secrets().describeSecret(Key).version, 2u);
        QVERIFY(statusOf(gui, 0).endsWith(QStringLiteral("OK")));
        QTRY_VERIFY(gui.find<QMessageBox>("staleBundlesBox"));
        QVERIFY(gui.find<QMessageBox>("staleBundlesBox")->text().contains(QStringLiteral("bot")));
        gui.find<QMessageBox>("staleBundlesBox")->close();

        // The first value again: refused, and the dialog comes back with the reason.
        GuiHarness::onNextModal([](QWidget* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("rotateValueField")),
                             QStringLiteral("first-value"));
            QTest::keyClick(dialog, Qt::Key_Return);
            GuiHarness::onNextModal([](QWidget* again) {
                auto* error = again->findChild<QLabel*>(QStringLiteral("rotateDialogError"));
                QVERIFY(error->isVisible());
                QVERIFY2(error->text().contains(QStringLiteral("held this value before")),
                         qPrintable(error->text()));
                QVERIFY(!error->text().contains(QStringLiteral("first-value")));
                again->close();
            });
        });
        gui.find<QAction>("actionRotateSecret")->trigger();
        QCOMPARE(gui.session().secrets().describeSecret(Key).version, 2u);

        // History: "Show secret", then the History tab; reveal version 1, then restore it.
        gui.find<QPushButton>("rotationShowSecretButton")->click();
        auto* details = gui.find<QTabWidget>("secretDetailTabs");
        details->setCurrentIndex(1);
        auto* history = gui.find<QTableView>("historyTable");
        QCOMPARE(history->model()->rowCount(), 2);
        QVERIFY(
            history->model()->index(0, 3).data().toString().startsWith(QStringLiteral("rotated")));
        history->selectRow(1);
        auto* value = gui.find<QLineEdit>("historyValueEdit");
        QVERIFY(value->text().isEmpty());
        gui.find<QPushButton>("historyRevealButton")->click();
        QCOMPARE(value->text(), QStringLiteral("first-value"));
        AuditFilter reveals;
        reveals.action = QStringLiteral("secret.revealed");
        const std::vector<AuditEntry> events = AuditService(service).query(reveals);
        QVERIFY(!events.empty());
        QCOMPARE(events.front().details.value(QStringLiteral("version")).toInt(), 1);
        history->selectRow(0);
        QVERIFY(value->text().isEmpty()); // hidden again on selection change
        history->selectRow(1);
        GuiHarness::onNextModal([](QWidget* box) {
            QCOMPARE(box->objectName(), QStringLiteral("confirmRestoreVersion"));
            auto* yes = qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes);
            yes->click();
        });
        gui.find<QPushButton>("historyRestoreButton")->click();
        QCOMPARE(gui.session().secrets().describeSecret(Key).version, 3u);
        const SecureBuffer restored = gui.session().secrets().readValue(Key);
        QCOMPARE(QByteArray(restored.view().data(), static_cast<qsizetype>(restored.size())),
                 QByteArray("first-value"));
        QTRY_COMPARE(history->model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestGuiRotation)
#include "tst_gui_rotation.moc"
