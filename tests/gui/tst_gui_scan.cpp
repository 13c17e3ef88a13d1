// The skill scanner in the real window: the import preview lists the pack's findings before
// anything is written, the pack's panel under the scope tree shows its last scan and scans it
// again, and the Overview lists the packs that failed. Screenshots: light, dark, German.
#include "GuiHarness.h"
#include "TestVault.h"
#include "Translations.h"
#include "imports/ImportPreviewModel.h"
#include "scan/ScanService.h"
#include "secrets/ScopeTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

using namespace scopevault;
using namespace scopevault::test;

namespace {

const QByteArray LeakedToken = "f3c8a9d2e7b14c6a9e0d5b7c2a4f8e1d"; // in the fixture's SKILL.md

void copyFixture(const QString& relative, const QString& to)
{
    QFile source(qEnvironmentVariable("SCOPEVAULT_FIXTURES") + QStringLiteral("/skillpacks/") +
                 relative);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QDir().mkpath(QFileInfo(to + QLatin1Char('/') + relative).absolutePath());
    QFile target(to + QLatin1Char('/') + relative);
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(source.readAll());
}

// The fixture's comms pack (with the leaked token in its SKILL.md) and finance's mica_module.
void copyFixturePacks(const QString& to)
{
    for (const char* file : {"comms/notify_sms/manifest.yaml", "comms/notify_sms/SKILL.md",
                             "finance/mica_module/manifest.yaml"}) {
        copyFixture(QString::fromLatin1(file), to);
    }
}

template <typename T> T* in(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

void selectPack(GuiHarness& gui, const QString& pack)
{
    gui.window().showSecrets();
    const QModelIndex index = gui.window().findChild<ScopeTreeModel*>()->indexOf(Scope::pack(pack));
    QVERIFY(index.isValid());
    gui.find<QTreeView>("scopeTree")->setCurrentIndex(index);
}

} // namespace

class TestGuiScan : public QObject
{
    Q_OBJECT

private:
    // A vault that imported the fixture packs through the window's import dialog, checking its
    // preview on the way.
    void importThroughTheDialog(GuiHarness& gui, const QString& packs, bool shoot,
                                const QString& suffix)
    {
        bool previewed = false;
        GuiHarness::onNextModal([&](QWidget* dialog) {
            in<QLineEdit>(dialog, "importPathEdit")->setText(packs);
            QTest::mouseClick(in<QPushButton>(dialog, "importPreviewButton"), Qt::LeftButton);
            auto* preview = in<QTableView>(dialog, "importPreviewTable")->model();
            int credentials = 0;
            for (int row = 0; row < preview->rowCount(); ++row) {
                const QModelIndex kind = preview->index(row, ImportPreviewModel::KindColumn);
                if (kind.data(ImportPreviewModel::KindRole).toInt() !=
                    static_cast<int>(ImportPreviewModel::Kind::Credential)) {
                    continue;
                }
                ++credentials;
                const QString where =
                    preview->index(row, ImportPreviewModel::ItemColumn).data().toString();
                const QString detail =
                    preview->index(row, ImportPreviewModel::DetailColumn).data().toString();
                QVERIFY2(!detail.contains(QString::fromLatin1(LeakedToken)), qPrintable(detail));
                if (where == QLatin1String("comms/notify_sms/SKILL.md:7")) {
                    QVERIFY2(detail.contains(QStringLiteral("twilio-auth-token")),
                             qPrintable(detail));
                    previewed = true;
                }
            }
            QCOMPARE(credentials, 2);
            QVERIFY(in<QLabel>(dialog, "importSummary")->text().contains(QStringLiteral("2")));
            // Nothing recorded before Import.
            QVERIFY(ScanService(&gui.session().vault()).records().isEmpty());
            if (shoot) {
                dialog->resize(900, 520);
                GuiHarness::screenshot(dialog, QStringLiteral("import-scan-findings") + suffix);
            }
            in<QPushButton>(dialog, "importButton")->click();
        });
        gui.find<QAction>("actionImportSkillpacks")->trigger();
        QVERIFY(previewed);
    }

private Q_SLOTS:
    void previewPanelAndOverview()
    {
        const TestVault vault;
        const QString packs = vault.dirPath() + QStringLiteral("/packs");
        copyFixturePacks(packs);
        GuiHarness gui;
        QVERIFY(gui.openAndUnlock(vault.path(), QString::fromLatin1(TestVault::Passphrase)));
        importThroughTheDialog(gui, packs, false, QString());

        // Importing kept each pack's verdict for the export gate.
        QList<ScanRecord> records = ScanService(&gui.session().vault()).records();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).pack, QStringLiteral("comms"));
        QVERIFY(!records.at(0).passed);
        QVERIFY(records.at(1).passed);

        // The pack's panel under the scope tree.
        selectPack(gui, QStringLiteral("comms"));
        auto* panel = gui.find<QWidget>("packScanPanel");
        QTRY_VERIFY(panel->isVisible());
        QVERIFY2(gui.find<QLabel>("packScanStatus")->text().contains(QStringLiteral("Failed")),
                 qPrintable(gui.find<QLabel>("packScanStatus")->text()));
        auto* places = gui.find<QListWidget>("packScanFindings");
        QVERIFY(!places->findItems(QStringLiteral("comms/notify_sms/SKILL.md:7"), Qt::MatchContains)
                     .isEmpty());

        // The Overview lists it.
        gui.window().showOverview();
        auto* overview = gui.find<QListWidget>("overviewPackScans");
        QTRY_VERIFY(!overview->findItems(QStringLiteral("comms"), Qt::MatchContains).isEmpty());

        // The leak removed, Scan passes it; the system scope shows no panel.
        QFile skill(packs + QStringLiteral("/comms/notify_sms/SKILL.md"));
        QVERIFY(skill.open(QIODevice::WriteOnly));
        skill.write("# notify_sms\n\nSends a text message. Reads TWILIO_AUTH_TOKEN from the "
                    "environment.\n");
        skill.close();
        selectPack(gui, QStringLiteral("comms"));
        QTest::mouseClick(gui.find<QPushButton>("packScanButton"), Qt::LeftButton);
        QTRY_VERIFY(gui.find<QLabel>("packScanStatus")->text().contains(QStringLiteral("Passed")));
        QVERIFY(!places->isVisible());
        gui.window().showOverview();
        QTRY_VERIFY(overview->findItems(QStringLiteral("comms"), Qt::MatchContains).isEmpty());
        gui.window().showSecrets();
        gui.find<QTreeView>("scopeTree")
            ->setCurrentIndex(gui.window().findChild<ScopeTreeModel*>()->indexOf(Scope::system()));
        QVERIFY(!panel->isVisible());
    }

    void screenshots()
    {
        const auto shots = [&](const QString& suffix) {
            const TestVault vault;
            const QString packs = vault.dirPath() + QStringLiteral("/packs");
            copyFixturePacks(packs);
            GuiHarness gui;
            QVERIFY(gui.openAndUnlock(vault.path(), QString::fromLatin1(TestVault::Passphrase)));
            gui.window().resize(1400, 800);
            importThroughTheDialog(gui, packs, true, suffix);
            selectPack(gui, QStringLiteral("comms"));
            QTRY_VERIFY(gui.find<QWidget>("packScanPanel")->isVisible());
            GuiHarness::screenshot(&gui.window(), QStringLiteral("secrets-pack-scan") + suffix);
            // The window keeps the size it was given (a long hint once widened it past it).
            QCOMPARE(gui.window().width(), 1400);
            gui.window().showOverview();
            QTRY_VERIFY(gui.find<QListWidget>("overviewPackScans")->count() > 0);
            GuiHarness::screenshot(&gui.window(), QStringLiteral("overview-pack-scans") + suffix);
        };
        shots(QString());
        GuiHarness::inDarkAndGerman(shots);
    }
};

QTEST_MAIN(TestGuiScan)
#include "tst_gui_scan.moc"
