// Writes a PNG of every main view (of the demo vault) to the build directory, so that anyone
// can look at what users see: welcome, create, unlock, secrets, effective, agents, matrix,
// import preview, settings; the secrets view also in a dark palette and in German.
#include "GuiHarness.h"
#include "TestHelpers.h"
#include "Translations.h"
#include "agents/AddAgentDialog.h"
#include "agents/GrantDialog.h"
#include "bundles/ExportWizard.h"
#include "imports/ImportDialog.h"
#include "imports/ImportPreviewModel.h"
#include "rotation/RotateDialog.h"
#include "secrets/ScopeDialog.h"
#include "shell/SettingsDialog.h"
#include "vault/VaultService.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace scopevault;
using scopevault::test::GuiHarness;

class TestGuiScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyMainView();
    void darkPalette();
    void german();

private:
    void save(QWidget* widget, const QString& name);
    /// The Rotation view, a secret's History tab and the Rotate dialog, named with `suffix`.
    void rotationViews(GuiHarness& gui, const QString& suffix);
    /// The dialog that edits an action and the secrets it declares.
    void scopeDialog(GuiHarness& gui, const QString& suffix);
    /// The export wizard's pages (bob's, blocked by a missing secret; alice's, exported) and
    /// the Bundles view, named with `suffix`.
    void exportViews(GuiHarness& gui, const QString& suffix);
    /// The Overview (after its audit verdict), the Agents view and the Grant dialog.
    void overviewViews(GuiHarness& gui, const QString& suffix);
    void openDemo(GuiHarness& gui);
    /// On the unlock page: alters event 12 in the file, unlocks, and shows the red verdict.
    void brokenChain(GuiHarness& gui, const QString& suffix);
    QString m_dir;
};

void TestGuiScreenshots::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ScopevaultTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_screenshots"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_dir = qEnvironmentVariable("SCOPEVAULT_SCREENSHOT_DIR",
                                 QDir::currentPath() + QStringLiteral("/screenshots"));
    QVERIFY(QDir().mkpath(m_dir));
}

void TestGuiScreenshots::save(QWidget* widget, const QString& name)
{
    QApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    QVERIFY(!pixmap.isNull());
    const QString path = m_dir + QLatin1Char('/') + name + QStringLiteral(".png");
    QVERIFY2(pixmap.save(path), qPrintable(path));
    // A blank image would mean nothing was painted.
    const QImage image = pixmap.toImage();
    QVERIFY(image.pixelColor(image.width() / 2, image.height() / 2).isValid());
}

void TestGuiScreenshots::rotationViews(GuiHarness& gui, const QString& suffix)
{
    gui.find<QAction>("actionShowRotation")->trigger();
    auto* table = gui.find<QTableView>("rotationTable");
    QTRY_VERIFY(table->model()->rowCount() > 0);
    table->selectRow(0);
    save(&gui.window(), QStringLiteral("rotation") + suffix);

    // The screening key: changed by hand, then rotated; its History tab.
    gui.window().showSecrets();
    auto* secrets = gui.find<QTableView>("secretTable");
    gui.find<QLineEdit>("searchEdit")->setText(QStringLiteral("wallet_screening:ETHERSCAN"));
    QTRY_COMPARE(secrets->model()->rowCount(), 1);
    secrets->selectRow(0);
    auto* tabs = gui.find<QTabWidget>("secretDetailTabs");
    tabs->setCurrentIndex(1);
    QTRY_VERIFY(gui.find<QTableView>("historyTable")->model()->rowCount() >= 3);
    gui.find<QTableView>("historyTable")->selectRow(1);
    save(&gui.window(), QStringLiteral("secret-history") + suffix);
    tabs->setCurrentIndex(0);
    gui.find<QLineEdit>("searchEdit")->clear();

    RotateDialog dialog(SecretRef::parse(QStringLiteral("system:OPENAI_API_KEY")), &gui.window());
    dialog.findChild<QRadioButton*>(QStringLiteral("rotateGenerateRadio"))->setChecked(true);
    dialog.show();
    save(&dialog, QStringLiteral("rotate-dialog") + suffix);
    dialog.hide();
}

void TestGuiScreenshots::exportViews(GuiHarness& gui, const QString& suffix)
{
    {
        ExportWizard blocked(gui.session(), &gui.window());
        blocked.chooseAgent(QStringLiteral("bob"));
        blocked.show();
        blocked.next();
        save(&blocked, QStringLiteral("export-missing") + suffix);
    }
    ExportWizard wizard(gui.session(), &gui.window());
    wizard.show();
    wizard.chooseAgent(QStringLiteral("alice"));
    save(&wizard, QStringLiteral("export-agent") + suffix);
    wizard.next();
    save(&wizard, QStringLiteral("export-contents") + suffix);
    wizard.next();
    save(&wizard, QStringLiteral("export-expiry") + suffix);
    wizard.next();
    wizard.findChild<QLineEdit*>(QStringLiteral("exportPathEdit"))
        ->setText(QFileInfo(gui.session().path()).absolutePath() + QStringLiteral("/alice-wizard") +
                  suffix + QStringLiteral(".svb"));
    save(&wizard, QStringLiteral("export-save") + suffix);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ExportWizard::DonePage));
    save(&wizard, QStringLiteral("export-done") + suffix);
    wizard.hide();
    gui.find<QAction>("actionShowBundles")->trigger();
    QTRY_VERIFY(gui.find<QTableView>("bundlesTable")->model()->rowCount() >= 2);
    save(&gui.window(), QStringLiteral("bundles") + suffix);
}

void TestGuiScreenshots::scopeDialog(GuiHarness& gui, const QString& suffix)
{
    ScopeDialog dialog(ScopeDialog::Mode::EditAction, {QStringLiteral("finance")}, &gui.window());
    dialog.setAction(*gui.session().vault().catalog().action(
        Scope::parse(QStringLiteral("finance/wallet_screening"))));
    dialog.show();
    save(&dialog, QStringLiteral("action-dialog") + suffix);
}

void TestGuiScreenshots::overviewViews(GuiHarness& gui, const QString& suffix)
{
    gui.window().showOverview();
    QTRY_VERIFY(gui.find<QLabel>("overviewVerdict")->text().startsWith(QStringLiteral("✓")));
    QVERIFY(gui.find<QListWidget>("overviewGaps")->count() > 0);
    save(&gui.window(), QStringLiteral("overview") + suffix);
    gui.window().showAgents();
    save(&gui.window(), QStringLiteral("agents") + suffix);
    GrantDialog dialog(QStringLiteral("alice"),
                       {QStringLiteral("system"), QStringLiteral("finance"),
                        QStringLiteral("finance/wallet_screening")},
                       gui.session().vault().clock().nowUtc(), &gui.window());
    dialog.show();
    save(&dialog, QStringLiteral("grant-dialog") + suffix);
    dialog.hide();
    gui.window().showEffective(QStringLiteral("comms/notify_sms"));
    save(&gui.window(), QStringLiteral("effective-missing") + suffix);
}

void TestGuiScreenshots::brokenChain(GuiHarness& gui, const QString& suffix)
{
    scopevault::test::runSqlite(gui.session().path(),
                                QStringLiteral("UPDATE audit SET time_ms = time_ms + 1 "
                                               "WHERE seq = 12"));
    QTest::keyClicks(gui.find<QLineEdit>("unlockPassphraseEdit"), QStringLiteral("demo"));
    QTest::keyClick(gui.find<QLineEdit>("unlockPassphraseEdit"), Qt::Key_Return);
    QVERIFY(gui.waitUnlocked());
    gui.find<QAction>("actionShowAudit")->trigger();
    QTRY_VERIFY(gui.find<QPushButton>("auditJumpButton")->isVisible());
    QVERIFY(gui.find<QPushButton>("auditJumpButton")->text().contains(QStringLiteral("12")));
    save(&gui.window(), QStringLiteral("audit-broken") + suffix);
}

void TestGuiScreenshots::openDemo(GuiHarness& gui)
{
    QTest::mouseClick(gui.find<QPushButton>("demoVaultButton"), Qt::LeftButton);
    QVERIFY(gui.waitUnlocked());
    gui.window().resize(1200, 760);
}

void TestGuiScreenshots::everyMainView()
{
    GuiHarness gui;
    gui.settings().addRecentVault(QStringLiteral("/home/admin/.local/share/scopevault/vault.svdb"));
    gui.window().resize(1200, 760);
    gui.find<QPushButton>("createVaultButton")->click();
    gui.find<QPushButton>("createCancelButton")->click();
    save(&gui.window(), QStringLiteral("welcome"));

    gui.find<QPushButton>("createVaultButton")->click();
    QTest::keyClicks(gui.find<QLineEdit>("newPassphraseEdit"),
                     QStringLiteral("violet anchor pepper"));
    QTRY_VERIFY_WITH_TIMEOUT(
        gui.find<QComboBox>("kdfPresetCombo")->itemText(0).contains(QStringLiteral("unlock")),
        20000);
    save(&gui.window(), QStringLiteral("create"));
    gui.find<QPushButton>("createCancelButton")->click();

    openDemo(gui);
    auto* tree = gui.find<QTreeView>("scopeTree");
    auto* model = tree->model();
    // Select the screening action and its overriding secret.
    for (int pack = 0; pack < model->rowCount(); ++pack) {
        const QModelIndex packIndex = model->index(pack, 0);
        for (int action = 0; action < model->rowCount(packIndex); ++action) {
            const QModelIndex index = model->index(action, 0, packIndex);
            if (index.data().toString() == QLatin1String("wallet_screening")) {
                tree->setCurrentIndex(index);
            }
        }
    }
    gui.find<QTableView>("secretTable")->selectRow(0);
    save(&gui.window(), QStringLiteral("secrets"));

    gui.find<QLineEdit>("searchEdit")->setText(QStringLiteral("twilio"));
    save(&gui.window(), QStringLiteral("secrets-search"));
    gui.find<QLineEdit>("searchEdit")->clear();

    gui.window().showEffective(QStringLiteral("finance/wallet_screening"));
    save(&gui.window(), QStringLiteral("effective"));
    overviewViews(gui, QString());
    gui.window().showMatrix();
    save(&gui.window(), QStringLiteral("matrix"));
    rotationViews(gui, QString());
    exportViews(gui, QString());
    scopeDialog(gui, QString());
    gui.find<QAction>("actionShowAudit")->trigger();
    auto* auditTable = gui.find<QTableView>("auditTable");
    QTRY_VERIFY(auditTable->model()->rowCount() > 0);
    QTRY_VERIFY(gui.find<QLabel>("auditBanner")->text().startsWith(QStringLiteral("Chain")));
    auditTable->selectRow(0);
    save(&gui.window(), QStringLiteral("audit"));
    // The same log with one event altered in the file: the red verdict.
    gui.window().lockVault();
    QTRY_COMPARE(gui.find<QStackedWidget>("pages")->currentWidget()->objectName(),
                 QStringLiteral("unlockPage"));
    scopevault::test::runSqlite(gui.session().path(),
                                QStringLiteral("UPDATE audit SET time_ms = time_ms + 1 "
                                               "WHERE seq = 12"));
    QTest::keyClicks(gui.find<QLineEdit>("unlockPassphraseEdit"), QStringLiteral("demo"));
    QTest::keyClick(gui.find<QLineEdit>("unlockPassphraseEdit"), Qt::Key_Return);
    QVERIFY(gui.waitUnlocked());
    gui.find<QAction>("actionShowAudit")->trigger();
    QTRY_VERIFY(gui.find<QLabel>("auditBanner")->text().contains(QStringLiteral("altered")));
    save(&gui.window(), QStringLiteral("audit-broken"));

    ImportDialog import(gui.session(), ImportDialog::Kind::Skillpacks, {QStringLiteral("system")},
                        &gui.window());
    import.setPath(qEnvironmentVariable("SCOPEVAULT_FIXTURES") + QStringLiteral("/skillpacks"));
    import.preview();
    QVERIFY(import.previewModel()->rowCount() > 0);
    import.show();
    save(&import, QStringLiteral("import-preview"));
    import.hide();

    SettingsDialog settings(gui.settings(), &gui.window());
    settings.show();
    save(&settings, QStringLiteral("settings"));
    settings.hide();

    gui.window().lockVault();
    QTRY_COMPARE(gui.find<QStackedWidget>("pages")->currentWidget()->objectName(),
                 QStringLiteral("unlockPage"));
    save(&gui.window(), QStringLiteral("unlock"));
}

void TestGuiScreenshots::darkPalette()
{
    const QPalette light = QApplication::palette();
    QApplication::setPalette(GuiHarness::darkPalette());
    {
        GuiHarness gui;
        openDemo(gui);
        gui.find<QTableView>("secretTable")->selectRow(0);
        save(&gui.window(), QStringLiteral("secrets-dark"));
        gui.window().showMatrix();
        save(&gui.window(), QStringLiteral("matrix-dark"));
        overviewViews(gui, QStringLiteral("-dark"));
        gui.find<QAction>("actionShowAudit")->trigger();
        QTRY_VERIFY(gui.find<QTableView>("auditTable")->model()->rowCount() > 0);
        QTRY_VERIFY(gui.find<QLabel>("auditBanner")->text().startsWith(QStringLiteral("Chain")));
        gui.find<QTableView>("auditTable")->selectRow(0);
        save(&gui.window(), QStringLiteral("audit-dark"));
        rotationViews(gui, QStringLiteral("-dark"));
        exportViews(gui, QStringLiteral("-dark"));
        scopeDialog(gui, QStringLiteral("-dark"));
        gui.window().lockVault();
        QTRY_COMPARE(gui.find<QStackedWidget>("pages")->currentWidget()->objectName(),
                     QStringLiteral("unlockPage"));
        save(&gui.window(), QStringLiteral("unlock-dark"));
        brokenChain(gui, QStringLiteral("-dark"));
    }
    QApplication::setPalette(light);
}

void TestGuiScreenshots::german()
{
    QCOMPARE(Translations::install(*qApp, QStringLiteral("de")), QStringLiteral("de"));
    {
        GuiHarness gui;
        QCOMPARE(gui.find<QPushButton>("demoVaultButton")->text().section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("&Demo-Tresor ausprobieren"));
        save(&gui.window(), QStringLiteral("welcome-de"));
        openDemo(gui);
        gui.find<QTableView>("secretTable")->selectRow(0);
        save(&gui.window(), QStringLiteral("secrets-de"));
        overviewViews(gui, QStringLiteral("-de"));
        gui.window().showMatrix();
        save(&gui.window(), QStringLiteral("matrix-de"));
        gui.find<QAction>("actionShowAudit")->trigger();
        QTRY_VERIFY(gui.find<QTableView>("auditTable")->model()->rowCount() > 0);
        QTRY_VERIFY(gui.find<QLabel>("auditBanner")->text().startsWith(QStringLiteral("Kette")));
        save(&gui.window(), QStringLiteral("audit-de"));
        rotationViews(gui, QStringLiteral("-de"));
        exportViews(gui, QStringLiteral("-de"));
        scopeDialog(gui, QStringLiteral("-de"));
        gui.window().lockVault();
        QTRY_COMPARE(gui.find<QStackedWidget>("pages")->currentWidget()->objectName(),
                     QStringLiteral("unlockPage"));
        save(&gui.window(), QStringLiteral("unlock-de"));
        brokenChain(gui, QStringLiteral("-de"));
        // A core error reaches the German user in German (the refusal of a key comes from
        // AgentService, not from the dialog).
        AddAgentDialog agent(&gui.window());
        agent.findChild<QLineEdit*>(QStringLiteral("agentNameEdit"))
            ->setText(QStringLiteral("bot"));
        agent.findChild<QPlainTextEdit*>(QStringLiteral("agentKeyEdit"))
            ->setPlainText(QStringLiteral("bm90IGEga2V5"));
        const QString status = agent.findChild<QLabel*>(QStringLiteral("agentKeyStatus"))->text();
        QVERIFY2(status.startsWith(QStringLiteral("Der öffentliche Schlüssel hat 9 Byte")),
                 qPrintable(status));
        save(&agent, QStringLiteral("add-agent-error-de"));
    }
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTEST_MAIN(TestGuiScreenshots)
#include "tst_gui_screenshots.moc"
