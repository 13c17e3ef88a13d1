// The window's navigation and the Overview (#18): the sidebar with icons, the toolbar, the
// window icon; the Overview's items each open the view that deals with them; grants from an
// agent's page with a target picker, an expiry that can be changed, and the summary of what
// the agent now receives; status colours readable on light and dark palettes.
#include "GuiHarness.h"
#include "catalog/GrantService.h"
#include "rotation/RotationColors.h"
#include "shell/StatusColors.h"
#include "vault/VaultService.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using namespace scopevault;
using scopevault::test::GuiHarness;

namespace {

QString currentView(GuiHarness& gui)
{
    return gui.find<QTabWidget>("vaultViewTabs")->currentWidget()->objectName();
}

void openDemo(GuiHarness& gui)
{
    gui.find<QPushButton>("demoVaultButton")->click();
    QVERIFY(gui.waitUnlocked());
}

// Selects the row whose text starts with `prefix` and presses Enter on it, as a user does.
void enterOn(QListWidget* list, const QString& prefix)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(prefix)) {
            list->setFocus();
            list->setCurrentRow(row);
            QTest::keyClick(list, Qt::Key_Return);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row starts with %1").arg(prefix)));
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    return dark;
}

QPalette lightPalette()
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    return light;
}

} // namespace

class TestGuiOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sidebarToolbarAndIcons()
    {
        GuiHarness gui;
        QVERIFY(!gui.window().windowIcon().pixmap(32, 32).isNull());
        openDemo(gui);
        auto* sidebar = gui.find<QListWidget>("viewSidebar");
        auto* tabs = gui.find<QTabWidget>("vaultViewTabs");
        QCOMPARE(sidebar->count(), tabs->count());
        QVERIFY(!tabs->tabBar()->isVisible());
        QStringList texts;
        for (int row = 0; row < sidebar->count(); ++row) {
            texts << sidebar->item(row)->text();
            QVERIFY2(!sidebar->item(row)->icon().pixmap(22, 22).isNull(),
                     qPrintable(sidebar->item(row)->text()));
        }
        QCOMPARE(texts.mid(0, 7), QStringList({"Overview", "Secrets", "Effective", "Agents",
                                               "Permissions", "Bundles", "Audit log"}));
        QCOMPARE(texts.at(7), QStringLiteral("Rotation (4)")); // the count follows the tab
        // Keyboard: the sidebar moves between views; the view follows.
        QCOMPARE(currentView(gui), QStringLiteral("secretsView"));
        sidebar->setFocus();
        QTest::keyClick(sidebar, Qt::Key_Up);
        QCOMPARE(currentView(gui), QStringLiteral("overviewView"));
        gui.find<QAction>("actionShowBundles")->trigger();
        QCOMPARE(sidebar->currentItem()->text(), QStringLiteral("Bundles"));

        auto* toolbar = gui.find<QToolBar>("mainToolBar");
        QVERIFY(toolbar);
        int withIcons = 0;
        for (QAction* action : toolbar->actions()) {
            if (!action->isSeparator()) {
                QVERIFY2(!action->icon().pixmap(20, 20).isNull(), qPrintable(action->text()));
                ++withIcons;
            }
        }
        QCOMPARE(withIcons, 8);
    }

    void overviewItemsOpenTheirViews()
    {
        GuiHarness gui;
        openDemo(gui);
        gui.find<QAction>("actionShowOverview")->trigger();
        QCOMPARE(currentView(gui), QStringLiteral("overviewView"));
        auto* counts = gui.find<QLabel>("overviewCounts");
        QVERIFY2(counts->text().contains(QStringLiteral(">6 secrets</a>")),
                 qPrintable(counts->text()));
        // Each count opens the view that lists what it counts.
        Q_EMIT counts->linkActivated(QStringLiteral("permissions"));
        QCOMPARE(currentView(gui), QStringLiteral("permissionMatrixView"));
        gui.window().showOverview();
        QTRY_VERIFY(gui.find<QLabel>("overviewVerdict")
                        ->text()
                        .startsWith(QStringLiteral("✓ Chain intact")));

        // A gap: Enter on it opens the agent; Enter on its Create line opens New secret.
        auto* gaps = gui.find<QListWidget>("overviewGaps");
        enterOn(gaps, QStringLiteral("✕ bob lacks TWILIO_FROM_NUMBER"));
        QCOMPARE(currentView(gui), QStringLiteral("agentsView"));
        QCOMPARE(gui.find<QLabel>("agentTitleLabel")->text(), QStringLiteral("bob — Active"));
        gui.window().showOverview();
        bool prefilled = false;
        GuiHarness::onNextModal([&](QWidget* dialog) {
            prefilled =
                dialog->findChild<QComboBox*>(QStringLiteral("secretScopeCombo"))->currentText() ==
                    QLatin1String("comms/notify_sms") &&
                dialog->findChild<QLineEdit*>(QStringLiteral("secretNameEdit"))->text() ==
                    QLatin1String("TWILIO_FROM_NUMBER");
            qobject_cast<QDialog*>(dialog)->reject();
        });
        enterOn(gaps, QStringLiteral("    Create comms/notify_sms:TWILIO_FROM_NUMBER"));
        QVERIFY(prefilled);

        // A stale bundle opens Bundles; a late rotation opens the schedule at that secret.
        gui.window().showOverview();
        enterOn(gui.find<QListWidget>("overviewBundles"), QStringLiteral("▲ alice: stale"));
        QCOMPARE(currentView(gui), QStringLiteral("bundlesView"));
        gui.window().showOverview();
        enterOn(gui.find<QListWidget>("overviewRotation"),
                QStringLiteral("■ Overdue: system:OPENAI_API_KEY"));
        QCOMPARE(currentView(gui), QStringLiteral("rotationView"));
        auto* rotation = gui.find<QTableView>("rotationTable");
        QVERIFY(rotation->currentIndex().isValid());
        QVERIFY(rotation->model()
                    ->index(rotation->currentIndex().row(), 1)
                    .data()
                    .toString()
                    .contains(QStringLiteral("system:OPENAI_API_KEY")));

        // An event of the latest activity opens the audit log at that event.
        gui.window().showOverview();
        auto* activity = gui.find<QListWidget>("overviewActivity");
        QCOMPARE(activity->count(), 20);
        const QString denied = QStringLiteral("bundle.exported carol (denied)");
        int row = -1;
        for (int index = 0; index < activity->count(); ++index) {
            row = activity->item(index)->text().endsWith(denied) ? index : row;
        }
        QVERIFY(row >= 0);
        enterOn(activity, activity->item(row)->text());
        QCOMPARE(currentView(gui), QStringLiteral("auditView"));
        auto* audit = gui.find<QTableView>("auditTable");
        QTRY_VERIFY(audit->currentIndex().isValid());
        const QModelIndex current = audit->currentIndex();
        QStringList cells;
        for (int column = 0; column < audit->model()->columnCount(); ++column) {
            cells << audit->model()->index(current.row(), column).data().toString();
        }
        QVERIFY2(cells.contains(QStringLiteral("bundle.exported")), qPrintable(cells.join('|')));
    }

    void grantFromTheAgentPage()
    {
        GuiHarness gui;
        openDemo(gui);
        gui.window().showAgents();
        auto* agents = gui.find<QTableView>("agentTable");
        for (int row = 0; row < agents->model()->rowCount(); ++row) {
            if (agents->model()->index(row, 0).data().toString() == QLatin1String("alice")) {
                agents->selectRow(row);
            }
        }
        QCOMPARE(gui.find<QLabel>("agentTitleLabel")->text(), QStringLiteral("alice — Active"));

        // Grant comms/notify_sms for 7 days: the summary names what alice now receives and
        // the gap, with Create… for it.
        QString summary;
        bool created = false;
        GuiHarness::onNextModal([&](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("grantDialog"));
            auto* target = dialog->findChild<QComboBox*>(QStringLiteral("grantTargetCombo"));
            QVERIFY(target->findText(QStringLiteral("comms/notify_sms")) >= 0);
            QTest::keyClicks(target, QStringLiteral("comms/notify_sms"));
            auto* expiry = dialog->findChild<QComboBox*>(QStringLiteral("grantExpiryCombo"));
            expiry->setCurrentIndex(expiry->findText(QStringLiteral("In 7 days")));
            GuiHarness::onNextModal([&](QWidget* box) {
                QCOMPARE(box->objectName(), QStringLiteral("grantSummaryBox"));
                summary = qobject_cast<QMessageBox*>(box)->text();
                GuiHarness::onNextModal([&](QWidget* secret) {
                    created =
                        secret->findChild<QLineEdit*>(QStringLiteral("secretNameEdit"))->text() ==
                        QLatin1String("TWILIO_FROM_NUMBER");
                    qobject_cast<QDialog*>(secret)->reject();
                });
                box->findChild<QPushButton*>(QStringLiteral("grantSummaryCreate"))->click();
            });
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        gui.find<QPushButton>("grantAccessButton")->click();
        QVERIFY2(summary.contains(QStringLiteral("alice may now read comms/notify_sms")),
                 qPrintable(summary));
        QVERIFY2(
            summary.contains(QStringLiteral("comms/notify_sms:TWILIO_ACCOUNT_SID (version 1)")),
            qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Gaps:")) &&
                     summary.contains(QStringLiteral("TWILIO_FROM_NUMBER")),
                 qPrintable(summary));
        QVERIFY(created);

        const auto grantOf = [&](const QString& target) -> std::optional<Grant> {
            for (const Grant& grant :
                 gui.session().vault().catalog().grantsOf(QStringLiteral("alice"))) {
                if (grant.target.toString() == target) {
                    return grant;
                }
            }
            return std::nullopt;
        };
        std::optional<Grant> grant = grantOf(QStringLiteral("comms/notify_sms"));
        QVERIFY(grant && grant->until);
        const qint64 days = gui.session().vault().clock().nowUtc().secsTo(*grant->until) / 86400;
        QVERIFY2(days >= 6 && days <= 7, qPrintable(QString::number(days)));

        // The expiry is shown and changed from the grants table (Enter on the row).
        auto* grants = gui.find<QTableView>("agentGrantsTable");
        int row = -1;
        for (int index = 0; index < grants->model()->rowCount(); ++index) {
            if (grants->model()->index(index, 0).data().toString() ==
                QLatin1String("comms/notify_sms")) {
                row = index;
            }
        }
        QVERIFY(row >= 0);
        QVERIFY(grants->model()->index(row, 1).data().toString() != QLatin1String("never"));
        GuiHarness::onNextModal([](QWidget* dialog) {
            auto* target = dialog->findChild<QComboBox*>(QStringLiteral("grantTargetCombo"));
            QVERIFY(!target->isEnabled());
            QCOMPARE(target->currentText(), QStringLiteral("comms/notify_sms"));
            auto* expiry = dialog->findChild<QComboBox*>(QStringLiteral("grantExpiryCombo"));
            expiry->setCurrentIndex(expiry->findText(QStringLiteral("Never")));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        grants->setFocus();
        grants->selectRow(row);
        QTest::keyClick(grants, Qt::Key_Return);
        grant = grantOf(QStringLiteral("comms/notify_sms"));
        QVERIFY(grant && !grant->until);

        // Remove it, after confirming.
        for (int index = 0; index < grants->model()->rowCount(); ++index) {
            if (grants->model()->index(index, 0).data().toString() ==
                QLatin1String("comms/notify_sms")) {
                grants->selectRow(index);
            }
        }
        GuiHarness::onNextModal([](QWidget* box) {
            QCOMPARE(box->objectName(), QStringLiteral("confirmRemoveGrant"));
            qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click();
        });
        gui.find<QPushButton>("removeGrantButton")->click();
        QVERIFY(!grantOf(QStringLiteral("comms/notify_sms")));
        // A grant to something that does not exist is refused with the core's words.
        GuiHarness::onNextModal([](QWidget* dialog) {
            QTest::keyClicks(dialog->findChild<QComboBox*>(QStringLiteral("grantTargetCombo")),
                             QStringLiteral("nosuch/action"));
            GuiHarness::onNextModal(
                [](QWidget* again) { qobject_cast<QDialog*>(again)->reject(); });
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        gui.find<QPushButton>("grantAccessButton")->click();
        QTRY_VERIFY(gui.find<QMessageBox>("errorBox"));
        QVERIFY2(gui.find<QMessageBox>("errorBox")->text().contains(QStringLiteral("nosuch")),
                 qPrintable(gui.find<QMessageBox>("errorBox")->text()));
    }

    void untickedBoxesShow()
    {
        const QPalette before = QApplication::palette();
        QPalette dark = darkPalette();
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        for (const QPalette& palette : {before, dark}) {
            QApplication::setPalette(palette);
            GuiHarness gui;
            openDemo(gui);
            gui.window().showMatrix();
            auto* matrix = gui.find<QTableView>("permissionMatrix");
            // alice × comms/pii_masker: not granted, an unticked box.
            QModelIndex cell;
            for (int column = 0; column < matrix->model()->columnCount(); ++column) {
                if (matrix->model()->headerData(column, Qt::Horizontal).toString() ==
                    QLatin1String("comms/pii_masker")) {
                    cell = matrix->model()->index(0, column);
                }
            }
            QVERIFY(cell.isValid());
            QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
            const QImage image = matrix->viewport()->grab(matrix->visualRect(cell)).toImage();
            const QColor base = palette.color(QPalette::Base);
            int visible = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    visible += StatusColors::contrast(image.pixelColor(x, y), base) >= 3.0 ? 1 : 0;
                }
            }
            // The box's outline: four sides of at least 10 pixels each.
            QVERIFY2(
                visible >= 40,
                qPrintable(QStringLiteral("%1 pixels of 3:1 on %2").arg(visible).arg(base.name())));
        }
        QApplication::setPalette(before);
    }

    void statusColoursAreReadable()
    {
        // At least 4.5:1 against the base and the window colour, light and dark.
        for (const QPalette& palette : {lightPalette(), darkPalette()}) {
            for (const QPalette::ColorRole role :
                 {QPalette::Base, QPalette::AlternateBase, QPalette::Window}) {
                const QColor background = palette.color(role);
                for (const StatusColors::Tone tone :
                     {StatusColors::Tone::Good, StatusColors::Tone::Warning,
                      StatusColors::Tone::Bad, StatusColors::Tone::Info}) {
                    const double ratio =
                        StatusColors::contrast(StatusColors::color(tone, palette), background);
                    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("tone %1 on %2: %3")
                                                          .arg(int(tone))
                                                          .arg(background.name())
                                                          .arg(ratio)));
                }
                for (const RotationStatus status :
                     {RotationStatus::Ok, RotationStatus::Due, RotationStatus::Overdue,
                      RotationStatus::Expired}) {
                    const double ratio =
                        StatusColors::contrast(RotationColors::color(status, palette), background);
                    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
                }
            }
        }
        QCOMPARE(qRound(StatusColors::contrast(Qt::black, Qt::white)), 21);
    }
};

QTEST_MAIN(TestGuiOverview)
#include "tst_gui_overview.moc"
