// The audit view's chart in the real window (#17): dragging across bars shows the events of
// that span only, and the integrity verdict names the last signed checkpoint.
#include "GuiHarness.h"
#include "audit/AuditTimeline.h"

#include <QAction>
#include <QChartView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace scopevault;
using scopevault::test::GuiHarness;

class TestGuiAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void draggingAcrossBarsZoomsToTheirSpan()
    {
        GuiHarness gui;
        gui.window().resize(1200, 800);
        gui.window().show();
        gui.find<QPushButton>("demoVaultButton")->click();
        QVERIFY(gui.waitUnlocked());
        gui.find<QAction>("actionShowAudit")->trigger();
        auto* timeline = gui.find<AuditTimeline>("auditTimeline");
        QTRY_VERIFY(timeline->bucketCount() > 20); // a month of activity, per day
        QTRY_VERIFY(gui.find<QLabel>("auditBanner")->text().startsWith(QStringLiteral("Chain")));
        QVERIFY2(gui.find<QLabel>("auditBanner")
                     ->text()
                     .contains(QStringLiteral("last signed checkpoint at event")),
                 qPrintable(gui.find<QLabel>("auditBanner")->text()));

        auto* table = gui.find<QTableView>("auditTable");
        const int allRows = table->model()->rowCount();
        auto* chart = timeline->findChild<QChartView*>(QStringLiteral("auditTimelineChart"));
        QVERIFY(chart);
        QWidget* viewport = chart->viewport();
        QTest::qWait(100); // the chart lays out its plot area when it is first painted
        const QPoint from = timeline->positionOf(3);
        const QPoint to = timeline->positionOf(8);
        QVERIFY2(to.x() - from.x() > 20,
                 qPrintable(QStringLiteral("%1 %2").arg(from.x()).arg(to.x())));
        const QDateTime spanStart = timeline->startOf(3);
        const QDateTime spanEnd = timeline->startOf(8).addDays(1);
        QSignalSpy chosen(timeline, &AuditTimeline::bucketChosen);
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
        for (int x = from.x(); x <= to.x(); x += 5) {
            QTest::mouseMove(viewport, QPoint(x, from.y()));
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);

        // Exactly the span dragged across (the bar under the release does not override it).
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toDateTime(), spanStart);
        QCOMPARE(chosen.at(0).at(1).toDateTime(), spanEnd);
        // Six days, shown per day: the bars of that span only, and fewer events.
        QTRY_VERIFY(gui.find<QLabel>("auditSpanLabel")->isVisible());
        QVERIFY2(timeline->bucketCount() >= 2 && timeline->bucketCount() <= 6,
                 qPrintable(QString::number(timeline->bucketCount())));
        const int spanRows = table->model()->rowCount();
        QVERIFY(spanRows < allRows);
        gui.find<QPushButton>("auditClearSpanButton")->click();
        QTRY_VERIFY(timeline->bucketCount() > 20);

        // A click (no drag) still chooses one bar.
        const QPoint one = timeline->positionOf(5);
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, one);
        QTRY_VERIFY(gui.find<QLabel>("auditSpanLabel")->isVisible());
        // One day of the six (the demo's agents run every day): fewer events again.
        QVERIFY2(
            table->model()->rowCount() < spanRows,
            qPrintable(QStringLiteral("%1 of %2").arg(table->model()->rowCount()).arg(spanRows)));
    }
};

QTEST_MAIN(TestGuiAudit)
#include "tst_gui_audit.moc"
