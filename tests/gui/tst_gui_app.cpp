// Drives the real main window offscreen: every step goes through the widgets a user touches,
// found by objectName, over a real vault file.
#include "CliRunner.h"
#include "GuiHarness.h"
#include "TestHelpers.h"
#include "TestVault.h"
#include "agents/AddAgentDialog.h"
#include "agents/AgentTableModel.h"
#include "agents/CoverageTableModel.h"
#include "agents/PermissionMatrixModel.h"
#include "audit/AuditEventModel.h"
#include "audit/AuditService.h"
#include "audit/AuditTimeline.h"
#include "catalog/ScopeService.h"
#include "effective/EffectiveSecretModel.h"
#include "imports/ImportDialog.h"
#include "imports/ImportPreviewModel.h"
#include "secrets/ScopeTreeModel.h"
#include "secrets/SecretDialog.h"
#include "secrets/SecretService.h"
#include "secrets/SecretTableModel.h"
#include "secrets/SecretsView.h"
#include "shell/SettingsDialog.h"
#include "vault/VaultService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>

#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryFile>
#include <QTest>
#include <QTreeView>
#include <QUrl>
#include <csignal>

using namespace scopevault;
using scopevault::test::GuiHarness;

namespace {

const char* const Passphrase = "violet anchor pepper tundra 42";

QString fixtures()
{
    return qEnvironmentVariable("SCOPEVAULT_FIXTURES");
}

QWidget* currentPage(GuiHarness& gui)
{
    return gui.find<QStackedWidget>("pages")->currentWidget();
}

template <typename T> T* in(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

int rowWith(const QAbstractItemModel* model, int column, const QString& text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text) {
            return row;
        }
    }
    return -1;
}

} // namespace

class TestGuiApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createUnlockAndLock();
    void secretsOverridesAndEffectiveView();
    void searchNarrowsPerKeystroke();
    void searchFollowsEditsAndVaultChanges();
    void revealCopyAndClipboardClear();
    void agentsMatrixAndCoverage();
    void importPreviewsBeforeWriting();
    void idleLockDropsEverything();
    void settingsAreStored();
    void everyControlHasAnAccessibleName();
    void reopenRecentAndOpenDialog();
    void demoFromTheCommandLine();
    void helpAndVersionWithoutADisplay();
    void settingsMoveToTheLowercaseFolder();
    void auditViewFiltersChartAndVerdict();
    void auditViewImportsAgentReceipts();

private:
    void createVault(GuiHarness& gui);
};

void TestGuiApp::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ScopevaultTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_app"));
}

void TestGuiApp::createVault(GuiHarness& gui)
{
    QVERIFY(gui.find<QWidget>("welcomePage")->isVisible());
    QTest::mouseClick(gui.find<QPushButton>("createVaultButton"), Qt::LeftButton);
    QCOMPARE(currentPage(gui)->objectName(), QStringLiteral("createVaultPage"));
    auto* path = gui.find<QLineEdit>("vaultPathEdit");
    path->setText(gui.vaultPath());
    auto* passphrase = gui.find<QLineEdit>("newPassphraseEdit");
    auto* repeat = gui.find<QLineEdit>("repeatPassphraseEdit");
    auto* strength = gui.find<QLabel>("strengthLabel");
    QTest::keyClicks(passphrase, QStringLiteral("abc"));
    const QString weak = strength->text();
    QVERIFY2(weak.startsWith(QStringLiteral("Very weak")), qPrintable(weak));
    QTest::keyClicks(repeat, QStringLiteral("abc"));
    QTest::mouseClick(gui.find<QPushButton>("createButton"), Qt::LeftButton);
    QVERIFY(gui.find<QLabel>("createError")->isVisible());
    QVERIFY(gui.find<QLabel>("createError")->text().contains(QStringLiteral("too easy")));
    QVERIFY(!QFileInfo::exists(gui.vaultPath()));

    passphrase->clear();
    repeat->clear();
    QTest::keyClicks(passphrase, QString::fromLatin1(Passphrase));
    QVERIFY2(strength->text().startsWith(QStringLiteral("Good")) ||
                 strength->text().startsWith(QStringLiteral("Strong")),
             qPrintable(strength->text()));
    QTest::keyClicks(repeat, QString::fromLatin1(Passphrase));
    auto* kdf = gui.find<QComboBox>("kdfPresetCombo");
    // The measured time replaces the parameters once the worker has timed one derivation.
    QTRY_VERIFY_WITH_TIMEOUT(kdf->itemText(0).contains(QStringLiteral("to unlock")), 20000);
    kdf->setCurrentIndex(kdf->findData(QStringLiteral("interactive")));
    QTest::mouseClick(gui.find<QPushButton>("createButton"), Qt::LeftButton);
    QVERIFY2(gui.waitUnlocked(), qPrintable(gui.find<QLabel>("createError")->text()));
    QVERIFY(QFileInfo::exists(gui.vaultPath()));
    QCOMPARE(gui.session().vault().kdfParams(),
             KdfParams::fromPreset(QStringLiteral("interactive")));
}

void TestGuiApp::createUnlockAndLock()
{
    GuiHarness gui;
    createVault(gui);
    QVERIFY(gui.find<QAction>("actionLock")->isEnabled());

    // Ctrl+L locks from anywhere in the window.
    QTest::keyClick(gui.find<QTreeView>("scopeTree"), Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(currentPage(gui)->objectName(), QStringLiteral("unlockPage"));
    QVERIFY(!gui.session().isUnlocked());
    QCOMPARE(gui.find<QTableView>("secretTable")->model()->rowCount(), 0);
    QVERIFY(!gui.find<QAction>("actionLock")->isEnabled());

    auto* field = gui.find<QLineEdit>("unlockPassphraseEdit");
    QTest::keyClicks(field, QStringLiteral("not the passphrase"));
    QTest::keyClick(field, Qt::Key_Return);
    // The KDF runs on a worker: the busy bar shows while the window keeps processing events.
    QVERIFY(gui.find<QWidget>("unlockBusy")->isVisible());
    // Labelled: what is happening and why it takes a moment.
    const QString busyText = gui.find<QWidget>("unlockBusy")
                                 ->findChild<QLabel*>(QStringLiteral("kdfProgressLabel"))
                                 ->text();
    QVERIFY2(busyText.startsWith(QStringLiteral("Unlocking…")) &&
                 busyText.contains(QStringLiteral("Argon2id")),
             qPrintable(busyText));
    // Meanwhile the vault cannot be swapped from under the running derivation.
    QVERIFY(!gui.find<QPushButton>("closeVaultButton")->isEnabled());
    auto* error = gui.find<QLabel>("unlockError");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY2(error->text().contains(QStringLiteral("Wrong passphrase")), qPrintable(error->text()));
    QVERIFY(!gui.session().isUnlocked());

    QTest::keyClicks(field, QString::fromLatin1(Passphrase));
    QTest::mouseClick(gui.find<QPushButton>("unlockButton"), Qt::LeftButton);
    QVERIFY(gui.waitUnlocked());
    QVERIFY(!error->isVisible());

    // The vault menu's Lock does the same as the shortcut.
    gui.find<QAction>("actionLock")->trigger();
    QTRY_COMPARE(currentPage(gui)->objectName(), QStringLiteral("unlockPage"));
    // The file is remembered as a recent vault.
    QCOMPARE(gui.settings().recentVaults().value(0), gui.vaultPath());

    // A lock the audit log cannot record still locks, and says so.
    QTest::keyClicks(field, QString::fromLatin1(Passphrase));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(gui.waitUnlocked());
    scopevault::test::runSqlite(gui.vaultPath(),
                                QStringLiteral("CREATE TRIGGER no_lock BEFORE INSERT ON audit WHEN "
                                               "NEW.action = 'vault.locked' BEGIN SELECT "
                                               "RAISE(ABORT, 'disk full'); END"));
    gui.find<QAction>("actionLock")->trigger();
    QTRY_COMPARE(currentPage(gui)->objectName(), QStringLiteral("unlockPage"));
    QVERIFY(!gui.session().isUnlocked());
    QTRY_VERIFY(gui.window().findChild<QMessageBox*>(QStringLiteral("errorBox")));
    const QString shown = gui.window().findChild<QMessageBox*>(QStringLiteral("errorBox"))->text();
    QVERIFY2(shown.contains(QStringLiteral("could not record")) &&
                 shown.contains(QStringLiteral("disk full")),
             qPrintable(shown));
}

void TestGuiApp::secretsOverridesAndEffectiveView()
{
    GuiHarness gui;
    createVault(gui);
    ScopeService scopes(gui.session().vault());
    const Scope action = Scope::action(QStringLiteral("finance"), QStringLiteral("screening"));
    scopes.create(action, QString());
    scopes.declare(action, Declaration{QStringLiteral("ETHERSCAN_API_KEY"), QString(), true});
    scopes.declare(action, Declaration{QStringLiteral("CHAINALYSIS_API_KEY"), QString(), false});
    scopes.declare(action, Declaration{QStringLiteral("SANCTIONS_TOKEN"), QString(), true});
    gui.session().notifyChanged();

    auto* tree = gui.find<QTreeView>("scopeTree");
    auto* table = gui.find<QTableView>("secretTable");
    const auto addSecret = [&](const QString& scope, const QString& name, const QString& value) {
        GuiHarness::onNextModal([scope, name, value](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("secretDialog"));
            in<QComboBox>(dialog, "secretScopeCombo")->setCurrentText(scope);
            QTest::keyClicks(in<QLineEdit>(dialog, "secretNameEdit"), name);
            QTest::keyClicks(in<QLineEdit>(dialog, "secretDescriptionEdit"),
                             QStringLiteral("set in the GUI"));
            QTest::keyClicks(in<QLineEdit>(dialog, "secretValueField"), value);
            QTest::keyClick(in<QLineEdit>(dialog, "secretValueField"), Qt::Key_Return);
        });
        QTest::mouseClick(gui.find<QPushButton>("newSecretButton"), Qt::LeftButton);
    };
    addSecret(QStringLiteral("finance"), QStringLiteral("ETHERSCAN_API_KEY"),
              QStringLiteral("pack-value"));
    QCOMPARE(gui.find<QLabel>("secretReferenceLabel")->text(),
             QStringLiteral("finance:ETHERSCAN_API_KEY"));
    addSecret(action.toString(), QStringLiteral("ETHERSCAN_API_KEY"),
              QStringLiteral("action-value"));
    QCOMPARE(gui.find<QLabel>("secretReferenceLabel")->text(),
             QStringLiteral("finance/screening:ETHERSCAN_API_KEY"));
    // The tree counts one secret at the pack and one at the action.
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("screening"));
    QCOMPARE(table->model()->rowCount(), 1);

    // The effective view of the action: the action's own value overrides the pack's; the
    // required SANCTIONS_TOKEN is missing and flagged.
    QTest::mouseClick(gui.find<QPushButton>("effectiveButton"), Qt::LeftButton);
    QVERIFY(gui.find<QWidget>("effectiveView")->isVisible());
    QCOMPARE(gui.find<QComboBox>("effectiveActionCombo")->currentText(), action.toString());
    auto* effective = gui.find<QTableView>("effectiveTable");
    QAbstractItemModelTester tester(effective->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QAbstractItemModel* model = effective->model();
    const int etherscan =
        rowWith(model, EffectiveSecretModel::NameColumn, QStringLiteral("ETHERSCAN_API_KEY"));
    QVERIFY(etherscan >= 0);
    QCOMPARE(model->index(etherscan, EffectiveSecretModel::SupplierColumn).data().toString(),
             QStringLiteral("action finance/screening"));
    QCOMPARE(model->index(etherscan, EffectiveSecretModel::ShadowsColumn).data().toString(),
             QStringLiteral("pack finance"));
    const int sanctions =
        rowWith(model, EffectiveSecretModel::NameColumn, QStringLiteral("SANCTIONS_TOKEN"));
    QVERIFY(model->index(sanctions, 0).data(EffectiveSecretModel::MissingRole).toBool());
    QCOMPARE(model->index(sanctions, EffectiveSecretModel::SupplierColumn).data().toString(),
             QStringLiteral("missing (required)"));
    QVERIFY(model->index(sanctions, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(gui.find<QLabel>("effectiveSummary")->text().contains(QStringLiteral("1 required")));

    // Activating a row goes to the secret that supplies it.
    effective->setCurrentIndex(model->index(etherscan, 0));
    QTest::keyClick(effective, Qt::Key_Return);
    QVERIFY(gui.find<QWidget>("secretsView")->isVisible());
    QCOMPARE(gui.find<QLabel>("secretReferenceLabel")->text(),
             QStringLiteral("finance/screening:ETHERSCAN_API_KEY"));

    // Move the pack's secret to system, then delete it with confirmation.
    gui.find<QTreeView>("scopeTree")->setCurrentIndex(QModelIndex());
    const SecretRef packRef = SecretRef::parse(QStringLiteral("finance:ETHERSCAN_API_KEY"));
    auto* view = gui.window().findChild<SecretsView*>();
    view->selectSecret(packRef);
    GuiHarness::onNextModal([](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("moveSecretDialog"));
        in<QComboBox>(dialog, "moveScopeCombo")->setCurrentText(QStringLiteral("system"));
        QTest::keyClick(in<QLineEdit>(dialog, "moveNameEdit"), Qt::Key_Return);
    });
    QTest::mouseClick(gui.find<QPushButton>("moveSecretButton"), Qt::LeftButton);
    QCOMPARE(gui.find<QLabel>("secretReferenceLabel")->text(),
             QStringLiteral("system:ETHERSCAN_API_KEY"));
    QVERIFY(!SecretService(gui.session().vault()).secretExists(packRef));

    GuiHarness::onNextModal([](QWidget* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("confirmDeleteSecret"));
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(gui.find<QPushButton>("deleteSecretButton"), Qt::LeftButton);
    QVERIFY(SecretService(gui.session().vault())
                .secretExists(SecretRef::parse(QStringLiteral("system:ETHERSCAN_API_KEY"))));
    GuiHarness::onNextModal([](QWidget* dialog) {
        qobject_cast<QMessageBox*>(dialog)->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(gui.find<QPushButton>("deleteSecretButton"), Qt::LeftButton);
    QVERIFY(!SecretService(gui.session().vault())
                 .secretExists(SecretRef::parse(QStringLiteral("system:ETHERSCAN_API_KEY"))));
}

void TestGuiApp::searchNarrowsPerKeystroke()
{
    GuiHarness gui;
    createVault(gui);
    VaultService& vault = gui.session().vault();
    for (const char* ref :
         {"system:OPENAI_API_KEY", "system:ANTHROPIC_API_KEY", "billing:STRIPE_API_KEY",
          "billing/refund:STRIPE_API_KEY", "comms:TWILIO_AUTH_TOKEN", "comms:TWILIO_SID"}) {
        SecretService(vault).setSecret(SecretRef::parse(QString::fromLatin1(ref)),
                                       SecureBuffer::copyOf(std::string_view("v")));
    }
    gui.session().notifyChanged();
    auto* table = gui.find<QTableView>("secretTable");
    auto* search = gui.find<QLineEdit>("searchEdit");
    QCOMPARE(table->model()->rowCount(), 2); // system is selected
    table->selectRow(0);
    QVERIFY(gui.find<QPushButton>("revealButton")->isEnabled());
    QList<int> counts;
    for (const QChar c : QStringLiteral("stripe_api")) {
        QTest::keyClick(search, c.toLatin1());
        counts << table->model()->rowCount();
    }
    // "s" matches across all scopes; every further keystroke can only narrow.
    QCOMPARE(counts.first(), 6);
    for (int i = 1; i < counts.size(); ++i) {
        QVERIFY2(counts.at(i) <= counts.at(i - 1), qPrintable(QString::number(i)));
    }
    QCOMPARE(counts.last(), 2);
    QTest::keyClicks(search, QStringLiteral(" refund"));
    QCOMPARE(table->model()->rowCount(), 1);
    // The secret selected before the search is filtered out: nothing can be revealed or
    // copied by mistake, and the details say so.
    QVERIFY(!gui.find<QPushButton>("revealButton")->isEnabled());
    QVERIFY(!gui.find<QPushButton>("copyButton")->isEnabled());
    QVERIFY(!gui.find<QLabel>("secretReferenceLabel")->text().contains(QStringLiteral("system:")));
    search->clear();
    QCOMPARE(table->model()->rowCount(), 2);
}

// The search remembers which rows the last words accepted and, while typing only narrows,
// tests just those: widening edits, replaced text and a vault change must all be seen.
void TestGuiApp::searchFollowsEditsAndVaultChanges()
{
    GuiHarness gui;
    createVault(gui);
    VaultService& vault = gui.session().vault();
    for (const char* ref : {"billing:STRIPE_API_KEY", "billing/refund:STRIPE_API_KEY",
                            "comms:TWILIO_AUTH_TOKEN", "comms:TWILIO_SID"}) {
        SecretService(vault).setSecret(SecretRef::parse(QString::fromLatin1(ref)),
                                       SecureBuffer::copyOf(std::string_view("v")));
    }
    SecretChange described;
    described.description = QStringLiteral("Zahlungsschlüssel für Überweisungen");
    SecretService(vault).setSecret(SecretRef::parse(QStringLiteral("system:BANK")),
                                   SecureBuffer::copyOf(std::string_view("v")), described);
    gui.session().notifyChanged();
    auto* table = gui.find<QTableView>("secretTable");
    auto* search = gui.find<QLineEdit>("searchEdit");
    QTest::keyClicks(search, QStringLiteral("stripe refund"));
    QCOMPARE(table->model()->rowCount(), 1);
    for (int i = 0; i < 7; ++i) { // back to "stripe": widening, every row tested again
        QTest::keyClick(search, Qt::Key_Backspace);
    }
    QCOMPARE(table->model()->rowCount(), 2);
    search->setText(QStringLiteral("twilio")); // replaced: not a narrowing of "stripe"
    QCOMPARE(table->model()->rowCount(), 2);
    SecretService(vault).setSecret(SecretRef::parse(QStringLiteral("comms:TWILIO_NEW")),
                                   SecureBuffer::copyOf(std::string_view("v")));
    gui.session().notifyChanged(); // the listing is rebuilt while the search stays
    QCOMPARE(table->model()->rowCount(), 3);
    QTest::keyClicks(search, QStringLiteral("_n"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data(SecretTableModel::ReferenceRole).toString(),
             QStringLiteral("comms:TWILIO_NEW"));
    // Words outside ASCII, in any case, match the description (the text is searched as
    // lower-cased UTF-8).
    search->setText(QStringLiteral("SCHLÜSSEL über"));
    QCOMPARE(table->model()->rowCount(), 1);
    search->setText(QStringLiteral("schlüsselx"));
    QCOMPARE(table->model()->rowCount(), 0);
}

void TestGuiApp::revealCopyAndClipboardClear()
{
    GuiHarness gui;
    gui.settings().setClipboardClearSeconds(1);
    gui.window().applySettings();
    createVault(gui);
    const QByteArray value = "sk-live-0123456789";
    SecretService(gui.session().vault())
        .setSecret(SecretRef::parse(QStringLiteral("system:OPENAI_API_KEY")),
                   SecureBuffer::copyOf(value));
    gui.session().notifyChanged();
    auto* table = gui.find<QTableView>("secretTable");
    table->selectRow(0);
    auto* field = gui.find<QLineEdit>("secretValueEdit");
    QVERIFY(field->text().isEmpty());
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    // The table never holds the value.
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        QVERIFY(!table->model()->index(0, column).data().toString().contains(
            QString::fromLatin1(value)));
    }

    QTest::mouseClick(gui.find<QPushButton>("revealButton"), Qt::LeftButton);
    QCOMPARE(field->text(), QString::fromLatin1(value));
    QCOMPARE(field->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(gui.find<QPushButton>("revealButton"), Qt::LeftButton);
    QVERIFY(field->text().isEmpty());

    QTest::mouseClick(gui.find<QPushButton>("copyButton"), Qt::LeftButton);
    QClipboard* clipboard = QGuiApplication::clipboard();
    QCOMPARE(clipboard->text(), QString::fromLatin1(value));
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
             QByteArray("secret"));
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);

    // Something else copied meanwhile is left alone.
    QTest::mouseClick(gui.find<QPushButton>("copyButton"), Qt::LeftButton);
    clipboard->setText(QStringLiteral("the user's own text"));
    QTest::qWait(1500);
    QCOMPARE(clipboard->text(), QStringLiteral("the user's own text"));

    // Locking clears a value still on the clipboard, and the revealed field.
    QTest::mouseClick(gui.find<QPushButton>("revealButton"), Qt::LeftButton);
    gui.settings().setClipboardClearSeconds(600);
    gui.window().applySettings();
    QTest::mouseClick(gui.find<QPushButton>("copyButton"), Qt::LeftButton);
    QCOMPARE(clipboard->text(), QString::fromLatin1(value));
    gui.window().lockVault();
    QVERIFY(clipboard->text().isEmpty());
    QVERIFY(field->text().isEmpty());

    // Both reads are in the audit log, without the value.
    QTest::keyClicks(gui.find<QLineEdit>("unlockPassphraseEdit"), QString::fromLatin1(Passphrase));
    QTest::keyClick(gui.find<QLineEdit>("unlockPassphraseEdit"), Qt::Key_Return);
    QVERIFY(gui.waitUnlocked());
    const QByteArray file = [&] {
        QFile f(gui.vaultPath());
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    QVERIFY(!file.contains(value));
    // Nor do the settings hold the value or the passphrase.
    QSettings settings;
    settings.sync();
    QFile stored(settings.fileName());
    QVERIFY2(stored.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray conf = stored.readAll();
    QVERIFY(conf.contains("clipboardClearSeconds"));
    QVERIFY(!conf.contains(value));
    QVERIFY(!conf.contains(Passphrase));
}

void TestGuiApp::agentsMatrixAndCoverage()
{
    GuiHarness gui;
    createVault(gui);
    VaultService& vault = gui.session().vault();
    ScopeService scopes(vault);
    const Scope action = Scope::action(QStringLiteral("comms"), QStringLiteral("notify_sms"));
    scopes.create(action, QString());
    scopes.declare(action, Declaration{QStringLiteral("TWILIO_AUTH_TOKEN"), QString(), true});
    scopes.declare(action, Declaration{QStringLiteral("TWILIO_FROM"), QString(), true});
    SecretService(vault).setSecret(SecretRef(action, QStringLiteral("TWILIO_AUTH_TOKEN")),
                                   SecureBuffer::copyOf(std::string_view("tok")));
    gui.session().notifyChanged();
    gui.find<QAction>("actionShowAgents")->trigger();
    QVERIFY(gui.find<QWidget>("agentsView")->isVisible());
    using Tester = QAbstractItemModelTester;
    Tester agentsTester(gui.find<QTableView>("agentTable")->model(),
                        Tester::FailureReportingMode::QtTest);
    Tester grantsTester(gui.find<QTableView>("agentGrantsTable")->model(),
                        Tester::FailureReportingMode::QtTest);
    Tester coverageTester(gui.find<QTableView>("agentCoverageTable")->model(),
                          Tester::FailureReportingMode::QtTest);

    const QString key = test::newAgentPublicKey();
    GuiHarness::onNextModal([key](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("addAgentDialog"));
        auto* ok = in<QPushButton>(dialog, "addAgentOkButton");
        QTest::keyClicks(in<QLineEdit>(dialog, "agentNameEdit"), QStringLiteral("sms-bot"));
        QVERIFY(!ok->isEnabled());
        in<QPlainTextEdit>(dialog, "agentKeyEdit")->setPlainText(QStringLiteral("bm90IGEga2V5"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!in<QLabel>(dialog, "agentKeyStatus")->text().isEmpty());
        in<QPlainTextEdit>(dialog, "agentKeyEdit")->setPlainText(key);
        QVERIFY(ok->isEnabled());
        QVERIFY(in<QLabel>(dialog, "agentKeyStatus")->text().contains(QStringLiteral("Valid")));
        QTest::keyClicks(in<QLineEdit>(dialog, "agentDescriptionEdit"), QStringLiteral("SMS"));
        ok->click();
    });
    QTest::mouseClick(gui.find<QPushButton>("addAgentButton"), Qt::LeftButton);
    QVERIFY(vault.catalog().agent(QStringLiteral("sms-bot")));
    QVERIFY(gui.find<QLabel>("agentFingerprintLabel")
                ->text()
                .contains(vault.catalog().agent(QStringLiteral("sms-bot"))->fingerprint()));
    QVERIFY(gui.find<QLabel>("agentCoverageSummary")->text().contains(QStringLiteral("no action")));

    // Grant the action in the matrix with the keyboard (space toggles the focused cell).
    gui.find<QAction>("actionShowMatrix")->trigger();
    auto* matrix = gui.find<QTableView>("permissionMatrix");
    auto* model = qobject_cast<PermissionMatrixModel*>(matrix->model());
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = model->rowOf(QStringLiteral("sms-bot"));
    const int column = model->columnOf(action);
    QVERIFY(row >= 0 && column >= 0);
    matrix->setFocus();
    matrix->setCurrentIndex(model->index(row, column));
    QTest::keyClick(matrix, Qt::Key_Space);
    QTRY_COMPARE(model->index(row, column).data(Qt::CheckStateRole).toInt(),
                 static_cast<int>(Qt::Checked));
    QCOMPARE(vault.catalog().grantsOf(QStringLiteral("sms-bot")).size(), 1);
    // The pack cell stays unticked; granting the pack half-ticks nothing else of this row.
    QCOMPARE(model->index(row, model->columnOf(Scope::pack(QStringLiteral("comms"))))
                 .data(Qt::CheckStateRole)
                 .toInt(),
             static_cast<int>(Qt::Unchecked));

    // A system grant asks first; cancelling leaves it unchanged. The column is tinted.
    const int system = model->columnOf(Scope::system());
    QVERIFY(model->index(row, system).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model->index(row, column).data(Qt::BackgroundRole).isValid());
    GuiHarness::onNextModal([](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("confirmSystemGrant"));
        qobject_cast<QMessageBox*>(dialog)->button(QMessageBox::Cancel)->click();
    });
    matrix->setCurrentIndex(model->index(row, system));
    QTest::keyClick(matrix, Qt::Key_Space);
    QCOMPARE(model->index(row, system).data(Qt::CheckStateRole).toInt(),
             static_cast<int>(Qt::Unchecked));
    QCOMPARE(vault.catalog().grantsOf(QStringLiteral("sms-bot")).size(), 1);

    // Its coverage: the granted action, one secret delivered, one required missing.
    gui.find<QAction>("actionShowAgents")->trigger();
    QTRY_COMPARE(gui.find<QTableView>("agentGrantsTable")->model()->rowCount(), 1);
    auto* coverage = gui.find<QTableView>("agentCoverageTable")->model();
    QCOMPARE(coverage->rowCount(), 2);
    QVERIFY(
        gui.find<QLabel>("agentCoverageSummary")->text().contains(QStringLiteral("1 required")));

    // Suspend, resume, revoke (confirmed; then final).
    QTest::mouseClick(gui.find<QPushButton>("suspendAgentButton"), Qt::LeftButton);
    QCOMPARE(vault.catalog().agent(QStringLiteral("sms-bot"))->status, Agent::Status::Suspended);
    QVERIFY(gui.find<QPushButton>("resumeAgentButton")->isEnabled());
    QTest::mouseClick(gui.find<QPushButton>("resumeAgentButton"), Qt::LeftButton);
    QCOMPARE(vault.catalog().agent(QStringLiteral("sms-bot"))->status, Agent::Status::Active);
    GuiHarness::onNextModal([](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("confirmRevokeAgent"));
        qobject_cast<QMessageBox*>(dialog)->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(gui.find<QPushButton>("revokeAgentButton"), Qt::LeftButton);
    QCOMPARE(vault.catalog().agent(QStringLiteral("sms-bot"))->status, Agent::Status::Revoked);
    QVERIFY(!gui.find<QPushButton>("resumeAgentButton")->isEnabled());
    QVERIFY(!gui.find<QPushButton>("revokeAgentButton")->isEnabled());
    QVERIFY(!(model->flags(model->index(row, column)) & Qt::ItemIsEnabled));
}

void TestGuiApp::importPreviewsBeforeWriting()
{
    GuiHarness gui;
    createVault(gui);
    VaultService& vault = gui.session().vault();
    GuiHarness::onNextModal([](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("importDialog"));
        in<QLineEdit>(dialog, "importPathEdit")
            ->setText(fixtures() + QStringLiteral("/skillpacks"));
        auto* import = in<QPushButton>(dialog, "importButton");
        QVERIFY(!import->isEnabled());
        QTest::mouseClick(in<QPushButton>(dialog, "importPreviewButton"), Qt::LeftButton);
        auto* preview = in<QTableView>(dialog, "importPreviewTable")->model();
        QAbstractItemModelTester tester(preview,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(rowWith(preview, ImportPreviewModel::ItemColumn, QStringLiteral("pack finance")) >=
                0);
        QVERIFY(rowWith(preview, ImportPreviewModel::ItemColumn,
                        QStringLiteral("action comms/notify_sms")) >= 0);
        QVERIFY(in<QLabel>(dialog, "importSummary")->text().contains(QStringLiteral("Nothing")));
        QVERIFY(import->isEnabled());
        import->click();
    });
    gui.find<QAction>("actionImportSkillpacks")->trigger();
    QVERIFY(vault.catalog().action(
        Scope::action(QStringLiteral("finance"), QStringLiteral("wallet_screening"))));
    QVERIFY(gui.window()
                .findChild<ScopeTreeModel*>()
                ->indexOf(Scope::pack(QStringLiteral("comms")))
                .isValid());

    // A .env into a pack: the preview lists adds and the malformed lines it skips, by line.
    SecretService(vault).setSecret(SecretRef::parse(QStringLiteral("finance:OPENAI_API_KEY")),
                                   SecureBuffer::copyOf(std::string_view("old")));
    const int before = static_cast<int>(SecretService(vault).listSecrets(std::nullopt).size());
    GuiHarness::onNextModal([&](QWidget* dialog) {
        in<QLineEdit>(dialog, "importPathEdit")
            ->setText(fixtures() + QStringLiteral("/dotenv/basic.env"));
        in<QComboBox>(dialog, "importScopeCombo")->setCurrentText(QStringLiteral("finance"));
        QTest::mouseClick(in<QPushButton>(dialog, "importPreviewButton"), Qt::LeftButton);
        auto* preview = in<QTableView>(dialog, "importPreviewTable")->model();
        QVERIFY(preview->rowCount() > 0);
        // Preview wrote nothing.
        QCOMPARE(static_cast<int>(SecretService(vault).listSecrets(std::nullopt).size()), before);
        qobject_cast<QDialog*>(dialog)->reject();
    });
    gui.find<QAction>("actionImportDotenv")->trigger();
    QCOMPARE(static_cast<int>(SecretService(vault).listSecrets(std::nullopt).size()), before);

    GuiHarness::onNextModal([&](QWidget* dialog) {
        in<QLineEdit>(dialog, "importPathEdit")
            ->setText(fixtures() + QStringLiteral("/dotenv/malformed.env"));
        QTest::mouseClick(in<QPushButton>(dialog, "importPreviewButton"), Qt::LeftButton);
        auto* preview = in<QTableView>(dialog, "importPreviewTable")->model();
        bool sawLine = false;
        for (int r = 0; r < preview->rowCount(); ++r) {
            sawLine =
                sawLine ||
                (preview->index(r, 0).data(ImportPreviewModel::KindRole).toInt() ==
                     static_cast<int>(ImportPreviewModel::Kind::Skip) &&
                 preview->index(r, 1).data().toString().contains(QStringLiteral("malformed.env:")));
        }
        QVERIFY(sawLine);
        qobject_cast<QDialog*>(dialog)->reject();
    });
    gui.find<QAction>("actionImportDotenv")->trigger();

    GuiHarness::onNextModal([&](QWidget* dialog) {
        in<QLineEdit>(dialog, "importPathEdit")
            ->setText(fixtures() + QStringLiteral("/abstractcore/abstractcore.json"));
        QTest::mouseClick(in<QPushButton>(dialog, "importPreviewButton"), Qt::LeftButton);
        auto* preview = in<QTableView>(dialog, "importPreviewTable")->model();
        QVERIFY(rowWith(preview, 1, QStringLiteral("system:OPENAI_API_KEY")) >= 0);
        in<QPushButton>(dialog, "importButton")->click();
    });
    gui.find<QAction>("actionImportAbstractCore")->trigger();
    QVERIFY(SecretService(vault).secretExists(
        SecretRef::parse(QStringLiteral("system:OPENAI_API_KEY"))));
}

void TestGuiApp::idleLockDropsEverything()
{
    GuiHarness gui;
    createVault(gui);
    SecretService(gui.session().vault())
        .setSecret(SecretRef::parse(QStringLiteral("system:A")),
                   SecureBuffer::copyOf(std::string_view("a")));
    gui.session().notifyChanged();
    QCOMPARE(gui.find<QTableView>("secretTable")->model()->rowCount(), 1);
    gui.settings().setIdleLockSeconds(1);
    gui.window().applySettings();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(gui)->objectName(), QStringLiteral("unlockPage"), 5000);
    QVERIFY(!gui.session().isUnlocked());
    QCOMPARE(gui.find<QTableView>("secretTable")->model()->rowCount(), 0);
    QCOMPARE(gui.find<QTreeView>("scopeTree")->model()->rowCount(), 0);
    QCOMPARE(gui.find<QTableView>("agentTable")->model()->rowCount(), 0);
    QCOMPARE(gui.find<QTableView>("permissionMatrix")->model()->rowCount(), 0);
}

void TestGuiApp::settingsAreStored()
{
    GuiHarness gui;
    GuiHarness::onNextModal([](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("settingsDialog"));
        in<QSpinBox>(dialog, "idleLockSpin")->setValue(3);
        in<QSpinBox>(dialog, "clipboardClearSpin")->setValue(45);
        auto* kdf = in<QComboBox>(dialog, "defaultKdfCombo");
        kdf->setCurrentIndex(kdf->findData(QStringLiteral("sensitive")));
        auto* language = in<QComboBox>(dialog, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        qobject_cast<QDialog*>(dialog)->accept();
    });
    gui.find<QAction>("actionSettings")->trigger();
    QCOMPARE(gui.settings().idleLockSeconds(), 180);
    QCOMPARE(gui.settings().clipboardClearSeconds(), 45);
    QCOMPARE(gui.settings().defaultKdfPreset(), QStringLiteral("sensitive"));
    QCOMPARE(gui.settings().language(), QStringLiteral("de"));
    // Stored in the settings file, which holds nothing else of note.
    QSettings stored;
    QCOMPARE(stored.value(QStringLiteral("security/clipboardClearSeconds")).toInt(), 45);
}

void TestGuiApp::everyControlHasAnAccessibleName()
{
    // Screen readers announce a field by its accessible name or its label's buddy text.
    GuiHarness gui;
    gui.find<QPushButton>("demoVaultButton")->click();
    QVERIFY(gui.waitUnlocked());
    QStringList unnamed;
    int checked = 0;
    const auto check = [&unnamed, &checked](QWidget* root) {
        QSet<QWidget*> labelled;
        for (QLabel* label : root->findChildren<QLabel*>()) {
            if (label->buddy()) {
                labelled.insert(label->buddy());
            }
        }
        for (QWidget* widget : root->findChildren<QWidget*>()) {
            const bool input =
                qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
                qobject_cast<QSpinBox*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
                qobject_cast<QAbstractItemView*>(widget);
            // Line edits inside combo and spin boxes are named through their owner.
            const bool inner = qobject_cast<QComboBox*>(widget->parentWidget()) ||
                               qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) ||
                               qobject_cast<QAbstractItemView*>(widget->parentWidget());
            checked += input && !inner ? 1 : 0;
            if (input && !inner && widget->accessibleName().isEmpty() &&
                !labelled.contains(widget) && widget->focusPolicy() != Qt::NoFocus) {
                unnamed << QStringLiteral("%1 (%2) in %3")
                               .arg(widget->objectName(),
                                    QString::fromLatin1(widget->metaObject()->className()),
                                    root->objectName());
            }
        }
    };
    check(&gui.window());
    SettingsDialog settings(gui.settings(), &gui.window());
    check(&settings);
    ImportDialog import(gui.session(), ImportDialog::Kind::Dotenv, {QStringLiteral("system")},
                        &gui.window());
    check(&import);
    SecretDialog secret({QStringLiteral("system")}, &gui.window());
    check(&secret);
    AddAgentDialog agent(&gui.window());
    check(&agent);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
    QVERIFY2(checked >= 25, qPrintable(QString::number(checked))); // the check saw the controls
}

void TestGuiApp::reopenRecentAndOpenDialog()
{
    GuiHarness gui;
    createVault(gui);
    gui.find<QAction>("actionCloseVault")->trigger();
    QCOMPARE(currentPage(gui)->objectName(), QStringLiteral("welcomePage"));
    QVERIFY(!gui.session().isOpen());

    // The recent list offers the vault; Enter on it goes to the unlock page.
    auto* recent = gui.find<QListView>("recentVaultsList");
    QVERIFY(recent->isVisible());
    QCOMPARE(recent->model()->index(0, 0).data().toString(), gui.vaultPath());
    recent->setFocus();
    recent->setCurrentIndex(recent->model()->index(0, 0));
    QTest::keyClick(recent, Qt::Key_Return);
    QCOMPARE(currentPage(gui)->objectName(), QStringLiteral("unlockPage"));
    QCOMPARE(gui.find<QLabel>("unlockFileLabel")->text(), gui.vaultPath());
    gui.find<QPushButton>("closeVaultButton")->click();
    QCOMPARE(currentPage(gui)->objectName(), QStringLiteral("welcomePage"));

    // "Open a vault…": the file dialog (Qt's own, offscreen) takes the path.
    GuiHarness::onNextModal([&](QWidget* dialog) {
        auto* fileDialog = qobject_cast<QFileDialog*>(dialog);
        QVERIFY(fileDialog);
        // Typed as a user would, into the dialog's file name field.
        auto* name = fileDialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(gui.vaultPath());
        QTest::keyClick(name, Qt::Key_Return);
    });
    QTest::mouseClick(gui.find<QPushButton>("openVaultButton"), Qt::LeftButton);
    QCOMPARE(currentPage(gui)->objectName(), QStringLiteral("unlockPage"));
    QTest::keyClicks(gui.find<QLineEdit>("unlockPassphraseEdit"), QString::fromLatin1(Passphrase));
    QTest::keyClick(gui.find<QLineEdit>("unlockPassphraseEdit"), Qt::Key_Return);
    QVERIFY(gui.waitUnlocked());

    // A file that is not there is reported, and the welcome page stays.
    gui.window().openVault(gui.dir() + QStringLiteral("/missing.svdb"));
    QCOMPARE(currentPage(gui)->objectName(), QStringLiteral("welcomePage"));
    QTRY_VERIFY(gui.window().findChild<QMessageBox*>(QStringLiteral("errorBox")));
    QVERIFY(gui.window()
                .findChild<QMessageBox*>(QStringLiteral("errorBox"))
                ->text()
                .contains(QStringLiteral("missing.svdb")));

    // Creating over an existing vault is refused by the core before any key derivation; the
    // GUI words the remedy with its own controls, and the session keeps its vault.
    QSignalSpy refused(&gui.session(), &VaultSession::failed);
    gui.session().createAsync(gui.vaultPath(), SecureBuffer::copyOf(std::string_view("x")),
                              KdfParams::fromPreset(QStringLiteral("interactive")));
    QCOMPARE(refused.size(), 1);
    const QString message = refused.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("already exists")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Open it instead")), qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("--")));
    QVERIFY(!gui.session().isBusy());
    QCOMPARE(gui.session().path(), gui.vaultPath());
}

void TestGuiApp::demoFromTheCommandLine()
{
    // The real binary: `scopevault --demo` builds the demo vault in a temporary folder, which
    // the admin CLI can open with the published demo passphrase.
    QTemporaryDir tmp;
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), tmp.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), tmp.path());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(environment);
    app.start(qEnvironmentVariable("SCOPEVAULT_GUI"), {QStringLiteral("--demo")});
    QVERIFY(app.waitForStarted());
    QString demo;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QDirIterator it(tmp.path(), {QStringLiteral("demo.svdb")}, QDir::Files,
                            QDirIterator::Subdirectories);
            demo = it.hasNext() ? it.next() : QString();
            return !demo.isEmpty();
        }(),
        20000);
    QTemporaryFile passphrase;
    QVERIFY(passphrase.open());
    passphrase.write("demo");
    passphrase.close();
    // Populated in one transaction right after creation: wait until the CLI sees it all.
    test::CliRunner cli(demo, passphrase.fileName());
    QTRY_VERIFY_WITH_TIMEOUT(cli.vault({QStringLiteral("list")})
                                 .out.contains("finance/wallet_screening:ETHERSCAN_API_KEY"),
                             20000);
    const test::CliResult agents = cli.vault({QStringLiteral("agent"), QStringLiteral("list")});
    QVERIFY2(agents.out.contains("alice") && agents.out.contains("carol"), agents.out.constData());
    const test::CliResult value =
        cli.vault({QStringLiteral("get"), QStringLiteral("system:OPENAI_API_KEY")});
    QVERIFY(value.out.startsWith("demo-"));
    app.terminate();
    QVERIFY(app.waitForFinished(10000));
    // SIGTERM quits as the window's Quit does (#20): the demo's folder is gone, and the exit
    // status says which signal ended it.
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 128 + SIGTERM);
    QVERIFY2(!QFileInfo::exists(QFileInfo(demo).absolutePath()), qPrintable(demo));
    // Nothing the application printed holds a value.
    const QByteArray printed = app.readAllStandardOutput() + app.readAllStandardError();
    QVERIFY2(!printed.contains(value.out), printed.constData());

    // Ctrl+C in the terminal that started it: the same.
    QProcess again;
    again.setProcessEnvironment(environment);
    again.start(qEnvironmentVariable("SCOPEVAULT_GUI"), {QStringLiteral("--demo")});
    QVERIFY(again.waitForStarted());
    QString second;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QDirIterator it(tmp.path(), {QStringLiteral("demo.svdb")}, QDir::Files,
                            QDirIterator::Subdirectories);
            second = it.hasNext() ? it.next() : QString();
            return !second.isEmpty();
        }(),
        20000);
    QVERIFY(::kill(static_cast<pid_t>(again.processId()), SIGINT) == 0);
    QVERIFY(again.waitForFinished(10000));
    QCOMPARE(again.exitCode(), 128 + SIGINT);
    QVERIFY2(!QFileInfo::exists(QFileInfo(second).absolutePath()), qPrintable(second));
}

void TestGuiApp::settingsMoveToTheLowercaseFolder()
{
    // Releases before #20 kept preferences in ~/.config/Scopevault/; the first start moves
    // them, once, next to the data's lowercase folder, and they keep applying.
    QTemporaryDir config;
    QVERIFY(QDir().mkpath(config.filePath(QStringLiteral("Scopevault"))));
    QFile old(config.filePath(QStringLiteral("Scopevault/scopevault.conf")));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("[ui]\nlanguage=de\n\n[security]\nidleLockSeconds=123\n");
    old.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    QProcess app;
    app.setProcessEnvironment(environment);
    app.start(qEnvironmentVariable("SCOPEVAULT_GUI"), {QStringLiteral("--help")});
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitCode(), 0);
    // The language stored in the old file applies: the help is German.
    const QString help = QString::fromUtf8(app.readAllStandardOutput());
    QVERIFY2(help.contains(QStringLiteral("Demo")) && !help.contains(QStringLiteral("Open a")),
             qPrintable(help));
    QVERIFY(!QFileInfo::exists(old.fileName()));
    QVERIFY(!QFileInfo::exists(config.filePath(QStringLiteral("Scopevault"))));
    QSettings moved(config.filePath(QStringLiteral("scopevault/scopevault.conf")),
                    QSettings::IniFormat);
    QCOMPARE(moved.value(QStringLiteral("security/idleLockSeconds")).toInt(), 123);

    // A file at the new place wins; an old one appearing later is left alone.
    QVERIFY(QDir().mkpath(config.filePath(QStringLiteral("Scopevault"))));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("[ui]\nlanguage=en\n");
    old.close();
    QProcess second;
    second.setProcessEnvironment(environment);
    second.start(qEnvironmentVariable("SCOPEVAULT_GUI"), {QStringLiteral("--version")});
    QVERIFY(second.waitForFinished(20000));
    QVERIFY(QFileInfo::exists(old.fileName()));
    QCOMPARE(QSettings(config.filePath(QStringLiteral("scopevault/scopevault.conf")),
                       QSettings::IniFormat)
                 .value(QStringLiteral("ui/language"))
                 .toString(),
             QStringLiteral("de"));
}

void TestGuiApp::helpAndVersionWithoutADisplay()
{
    // A host with no display at all (#20): --help and --version print and exit 0 instead of
    // aborting for want of a platform plugin.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        environment.remove(QString::fromLatin1(name));
    }
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    for (const QString& option : {QStringLiteral("--version"), QStringLiteral("--help")}) {
        QProcess app;
        app.setProcessEnvironment(environment);
        app.start(qEnvironmentVariable("SCOPEVAULT_GUI"), {option});
        QVERIFY(app.waitForFinished(20000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        const QByteArray out = app.readAllStandardOutput();
        QVERIFY2(option == QLatin1String("--version") ? out.startsWith("scopevault ")
                                                      : out.contains("--demo"),
                 out.constData());
    }
}

void TestGuiApp::auditViewFiltersChartAndVerdict()
{
    GuiHarness gui;
    createVault(gui);
    SecretService secrets(gui.session().vault());
    secrets.setSecret(SecretRef::parse(QStringLiteral("system:WATCHED")),
                      SecureBuffer::copyOf(std::string_view("w")));
    secrets.setSecret(SecretRef::parse(QStringLiteral("system:OTHER")),
                      SecureBuffer::copyOf(std::string_view("o")));
    for (int i = 0; i < 3; ++i) {
        (void)secrets.readValue(SecretRef::parse(QStringLiteral("system:WATCHED")));
    }
    gui.session().notifyChanged();

    // The menu opens the view; it shows the newest events first and a verdict.
    gui.find<QAction>("actionShowAudit")->trigger();
    auto* table = gui.find<QTableView>("auditTable");
    QTRY_VERIFY(table->model()->rowCount() > 5);
    QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("secret.read"));
    // The verdict arrives from a worker thread.
    QTRY_VERIFY2(gui.find<QLabel>("auditBanner")->text().startsWith(QStringLiteral("Chain intact")),
                 qPrintable(gui.find<QLabel>("auditBanner")->text()));
    auto* timeline = gui.find<AuditTimeline>("auditTimeline");
    QCOMPARE(timeline->bucketCount(), 1);

    // Filters: the kind of action, then the actor by its bare name.
    auto* kind = gui.find<QComboBox>("auditKindCombo");
    kind->setCurrentIndex(kind->findData(QStringLiteral("reads")));
    QTRY_COMPARE(table->model()->rowCount(), 3);
    auto* actor = gui.find<QLineEdit>("auditActorEdit");
    QTest::keyClicks(actor, gui.session().vault().actor().text().section(QLatin1Char(':'), 1));
    QTest::keyClick(actor, Qt::Key_Return);
    QCOMPARE(table->model()->rowCount(), 3);
    actor->setText(QStringLiteral("agent:nobody"));
    QTest::keyClick(actor, Qt::Key_Return);
    QCOMPARE(table->model()->rowCount(), 0);
    actor->clear();
    QTest::keyClick(actor, Qt::Key_Return);
    kind->setCurrentIndex(0);

    // A bar of the chart narrows the table to its span.
    const int before = table->model()->rowCount();
    timeline->choose(0);
    QVERIFY(gui.find<QLabel>("auditSpanLabel")->isVisible());
    QCOMPARE(table->model()->rowCount(), before);
    gui.find<QPushButton>("auditClearSpanButton")->click();
    QVERIFY(!gui.find<QLabel>("auditSpanLabel")->isVisible());

    // "Who accessed this?" from the secrets view.
    gui.window().showSecrets();
    gui.find<QLineEdit>("searchEdit")->setText(QStringLiteral("WATCHED"));
    gui.find<QTableView>("secretTable")->selectRow(0);
    // Offered on the table's context menu; triggered as a click on that entry would.
    QVERIFY(gui.find<QTableView>("secretTable")
                ->actions()
                .contains(gui.find<QAction>("actionWhoAccessed")));
    gui.find<QAction>("actionWhoAccessed")->trigger();
    QCOMPARE(gui.find<QLineEdit>("auditTargetEdit")->text(), QStringLiteral("system:WATCHED"));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        QCOMPARE(table->model()->index(row, 3).data().toString(), QStringLiteral("system:WATCHED"));
    }
    QCOMPARE(table->model()->rowCount(), 4); // created, and read three times

    // Against an exported checkpoint: this vault's holds; another vault's does not.
    const QString mine = gui.dir() + QStringLiteral("/mine.json");
    (void)AuditService(gui.session().vault()).writeCheckpoint(mine);
    auto* banner = gui.find<QLabel>("auditBanner");
    const auto verifyAgainst = [&](const QString& file) {
        GuiHarness::onNextModal([&](QWidget* dialog) {
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(file);
            QTest::keyClick(name, Qt::Key_Return);
        });
        gui.find<QPushButton>("auditVerifyCheckpointButton")->click();
    };
    verifyAgainst(mine);
    QTRY_VERIFY2(banner->text().startsWith(QStringLiteral("Chain intact")),
                 qPrintable(banner->text()));
    scopevault::test::TestVault other;
    const QString theirs = other.dirPath() + QStringLiteral("/theirs.json");
    QCOMPARE(other.cli().vault({"audit", "checkpoint", "--out", theirs}).exitCode, 0);
    verifyAgainst(theirs);
    QTRY_VERIFY2(banner->text().contains(QStringLiteral("another vault")),
                 qPrintable(banner->text()));

    // A tampered event: the banner turns to the broken sequence number, and jumps to it.
    gui.window().lockVault();
    QTRY_COMPARE(currentPage(gui)->objectName(), QStringLiteral("unlockPage"));
    const qint64 altered = 4;
    scopevault::test::runSqlite(
        gui.vaultPath(),
        QStringLiteral("UPDATE audit SET time_ms = time_ms + 1 WHERE seq = %1").arg(altered));
    QTest::keyClicks(gui.find<QLineEdit>("unlockPassphraseEdit"), QString::fromLatin1(Passphrase));
    QTest::keyClick(gui.find<QLineEdit>("unlockPassphraseEdit"), Qt::Key_Return);
    QVERIFY(gui.waitUnlocked());
    gui.find<QAction>("actionShowAudit")->trigger();
    QTRY_VERIFY(gui.find<QLabel>("auditBanner")->text().contains(QStringLiteral("altered")));
    QVERIFY2(gui.find<QLabel>("auditBanner")->text().contains(QStringLiteral("sequence 4")),
             qPrintable(gui.find<QLabel>("auditBanner")->text()));
    auto* jump = gui.find<QPushButton>("auditJumpButton");
    QVERIFY(jump->isVisible());
    jump->click();
    QCOMPARE(table->model()->index(0, 0).data(AuditEventModel::SeqRole).toLongLong(), altered);
}

void TestGuiApp::auditViewImportsAgentReceipts()
{
    GuiHarness gui;
    createVault(gui);
    const auto run = [](const QString& program, const QStringList& arguments,
                        const QByteArray& input = {}) {
        QProcess process;
        process.start(program, arguments);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return std::make_pair(process.exitCode(), process.readAllStandardOutput().trimmed());
    };
    // An agent with a bundle, opened by the real scopevault-agent, which writes receipts.
    const QString agentBinary = qEnvironmentVariable("SCOPEVAULT_AGENT");
    const QString identity = gui.dir() + QStringLiteral("/bot.identity");
    const auto [keygenExit, publicKey] = run(agentBinary, {"keygen", "--out", identity});
    QCOMPARE(keygenExit, 0);
    const QString passphrase = gui.dir() + QStringLiteral("/passphrase");
    {
        QFile file(passphrase);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Passphrase);
    }
    const QString cli = scopevault::test::CliRunner::binary();
    const QStringList vault{"--vault", gui.vaultPath(), "--passphrase-file", passphrase};
    QCOMPARE(run(cli, vault + QStringList{"set", "ops/deploy:DEPLOY_TOKEN"}, "deploy").first, 0);
    QCOMPARE(run(cli, vault + QStringList{"action", "declare", "ops/deploy", "DEPLOY_TOKEN"}).first,
             0);
    QCOMPARE(run(cli, vault + QStringList{"agent", "add", "bot", "--public-key",
                                          QString::fromLatin1(publicKey)})
                 .first,
             0);
    QCOMPARE(run(cli, vault + QStringList{"grant", "bot", "ops/deploy"}).first, 0);
    const QString bundle = gui.dir() + QStringLiteral("/bot.svb");
    QCOMPARE(run(cli, vault + QStringList{"export", "bot", "--out", bundle}).first, 0);
    const QString vaultKey = QString::fromLatin1(run(cli, vault + QStringList{"vault-key"}).second);
    const QString receipts = gui.dir() + QStringLiteral("/receipts.jsonl");
    QCOMPARE(run(agentBinary, {"exec", "--bundle", bundle, "--identity", identity, "--vault-key",
                               vaultKey, "--receipts", receipts, "--", "/bin/true"})
                 .first,
             0);

    // Imported from the view (its button and file dialog), they appear as the agent's.
    gui.session().notifyChanged();
    gui.find<QAction>("actionShowAudit")->trigger();
    GuiHarness::onNextModal([&](QWidget* dialog) {
        auto* fileDialog = qobject_cast<QFileDialog*>(dialog);
        QVERIFY(fileDialog);
        auto* name = fileDialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(receipts);
        QTest::keyClick(name, Qt::Key_Return);
    });
    gui.find<QPushButton>("auditReceiptsButton")->click();
    auto* actor = gui.find<QLineEdit>("auditActorEdit");
    actor->setText(QStringLiteral("bot"));
    QTest::keyClick(actor, Qt::Key_Return);
    auto* table = gui.find<QTableView>("auditTable");
    QStringList actions;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        QCOMPARE(table->model()->index(row, 1).data().toString(), QStringLiteral("agent:bot"));
        actions << table->model()->index(row, 2).data().toString();
    }
    QVERIFY2(actions.contains(QStringLiteral("agent.secrets-released")),
             qPrintable(actions.join(QLatin1Char(' '))));
    QVERIFY(gui.find<AuditTimeline>("auditTimeline")->bucketCount() >= 1);

    // Dropping the same file on the view imports through the same path: all known already.
    auto* view = gui.find<QWidget>("auditView");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(receipts)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view, &drop);
    const QString message = gui.window().statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral(": 0 imported")) &&
                 message.contains(QStringLiteral("already imported")) &&
                 !message.contains(QStringLiteral(", 0 already")),
             qPrintable(message));
}

QTEST_MAIN(TestGuiApp)
#include "tst_gui_app.moc"
