// The OS keychain in the real window against a real gnome-keyring (tests/support/
// with-keyring.sh), #19: "Remember on this computer" and "Unlock with OS keychain" on the
// unlock page, the Storage column, the Keychain dialog with a present and a missing entry,
// the warning for an older vault file, and a keyring that never answers: the window keeps
// painting (the event loop's longest stall is measured) and says why within the timeout.
#include "GuiHarness.h"
#include "QtKeychainStore.h"
#include "TestKeyring.h"
#include "TestVault.h"
#include "Translations.h"
#include "vault/VaultService.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTranslator>
#include <QtTest>

using namespace scopevault;
using namespace scopevault::test;

class TestGuiKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestKeyring::available()) {
            QFAIL("run through tests/support/with-keyring.sh (ctest does)");
        }
    }

    void rememberThenUnlockWithTheKeychain()
    {
        const TestVault vault;
        vault.set(QStringLiteral("system:A"), "gui-quick-1");
        QtKeychainStore keychain;
        GuiHarness gui;
        gui.session().setKeyStore(&keychain);
        gui.window().openVault(vault.path());
        auto* remember = gui.find<QCheckBox>("unlockRememberCheck");
        auto* quick = gui.find<QPushButton>("unlockKeychainButton");
        QVERIFY(remember && quick);
        QVERIFY(remember->isVisible());
        QVERIFY(!quick->isVisible()); // quick unlock is off by default
        remember->setChecked(true);
        auto* field = gui.find<QLineEdit>("unlockPassphraseEdit");
        QTest::keyClicks(field, QString::fromLatin1(TestVault::Passphrase));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(gui.waitUnlocked());
        QCOMPARE(TestKeyring::entryNames().filter("/quick-unlock").size(), 1);

        gui.find<QAction>("actionLock")->trigger();
        QTRY_VERIFY(!gui.session().isUnlocked());
        QVERIFY(quick->isVisible());
        GuiHarness::screenshot(&gui.window(), QStringLiteral("unlock-keychain"));
        QTest::mouseClick(quick, Qt::LeftButton);
        QVERIFY(gui.waitUnlocked());
        // The log says how it was opened.
        const CliResult events = vault.cli().vault({"audit", "list", "--json"});
        QVERIFY(events.out.contains("\"via\":\"keychain\""));
    }

    void storageColumnAndTheKeychainDialog()
    {
        const TestVault vault;
        QCOMPARE(vault.cli()
                     .vault({"set", "pay:STRIPE_KEY", "--store", "keychain"}, "gui-held-1")
                     .exitCode,
                 0);
        vault.set(QStringLiteral("system:FILE_HELD"), "gui-file-1");
        QtKeychainStore keychain;
        GuiHarness gui;
        gui.session().setKeyStore(&keychain);
        QVERIFY(gui.openAndUnlock(vault.path(), QString::fromLatin1(TestVault::Passphrase)));
        auto* table = gui.find<QTableView>("secretTable");
        QVERIFY(table);
        // Every secret, whichever scope the tree has selected.
        QAbstractItemModel* model = table->model();
        while (auto* proxy = qobject_cast<QAbstractProxyModel*>(model)) {
            model = proxy->sourceModel();
        }
        int storageColumn = -1;
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->headerData(column, Qt::Horizontal).toString() == "Storage") {
                storageColumn = column;
            }
        }
        QVERIFY(storageColumn >= 0);
        QStringList storage;
        for (int row = 0; row < model->rowCount(); ++row) {
            storage << model->index(row, storageColumn).data().toString();
        }
        storage.sort();
        QCOMPARE(storage, QStringList({"OS keychain", "Vault file"}));

        // Present, then missing once the entry is deleted outside Scopevault.
        bool checked = false;
        GuiHarness::onNextModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<QDialog*>(modal);
            QVERIFY(dialog && dialog->objectName() == "keychainDialog");
            auto* rows = dialog->findChild<QTableWidget*>("keychainSecretsTable");
            QCOMPARE(rows->rowCount(), 1);
            QCOMPARE(rows->item(0, 0)->text(), QStringLiteral("pay:STRIPE_KEY"));
            QVERIFY(rows->item(0, 1)->text().contains("Present"));
            GuiHarness::screenshot(dialog, QStringLiteral("keychain-dialog"));
            const QString name = TestKeyring::entryNames().filter("/secret/").value(0);
            TestKeyring::removeEntry(name);
            QTest::mouseClick(dialog->findChild<QPushButton*>("keychainCheckButton"),
                              Qt::LeftButton);
            QVERIFY(rows->item(0, 1)->text().contains("Missing"));
            GuiHarness::screenshot(dialog, QStringLiteral("keychain-dialog-missing"));
            checked = true;
            dialog->reject();
        });
        gui.find<QAction>("actionKeychain")->trigger();
        QVERIFY(checked);
    }

    void newSecretInTheKeychainAndMovedBackWithEdit()
    {
        const TestVault vault;
        QtKeychainStore keychain;
        GuiHarness gui;
        gui.session().setKeyStore(&keychain);
        QVERIFY(gui.openAndUnlock(vault.path(), QString::fromLatin1(TestVault::Passphrase)));
        const int before = TestKeyring::entryNames().filter("/secret/").size();
        GuiHarness::onNextModal([](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("secretDialog"));
            dialog->findChild<QComboBox*>("secretScopeCombo")->setCurrentText("system");
            QTest::keyClicks(dialog->findChild<QLineEdit*>("secretNameEdit"), "GUI_HELD");
            auto* storage = dialog->findChild<QComboBox*>("secretStorageCombo");
            QVERIFY(storage->isEnabled());
            storage->setCurrentIndex(1);
            auto* value = dialog->findChild<QLineEdit*>("secretValueField");
            QTest::keyClicks(value, "gui-dialog-held-1");
            QTest::keyClick(value, Qt::Key_Return);
        });
        QTest::mouseClick(gui.find<QPushButton>("newSecretButton"), Qt::LeftButton);
        QTRY_COMPARE(TestKeyring::entryNames().filter("/secret/").size(), before + 1);
        const CliResult listed = vault.cli().vault({"list", "--json"});
        QVERIFY(listed.out.contains("\"store\":\"keychain\""));
        QCOMPARE(vault.cli().vault({"get", "system:GUI_HELD"}).out,
                 QByteArray("gui-dialog-held-1"));

        // Edit without a new value, Storage back to the vault file: moved, version kept.
        GuiHarness::onNextModal([](QWidget* dialog) {
            auto* storage = dialog->findChild<QComboBox*>("secretStorageCombo");
            QCOMPARE(storage->currentIndex(), 1);
            storage->setCurrentIndex(0);
            QTest::keyClick(dialog->findChild<QLineEdit*>("secretDescriptionEdit"), Qt::Key_Return);
        });
        QTest::mouseClick(gui.find<QPushButton>("editSecretButton"), Qt::LeftButton);
        QTRY_COMPARE(TestKeyring::entryNames().filter("/secret/").size(), before);
        const CliResult moved = vault.cli().vault({"list", "--json"});
        QVERIFY(moved.out.contains("\"store\":\"vault\""));
        QVERIFY(moved.out.contains("\"version\":1"));
        QCOMPARE(vault.cli().vault({"get", "system:GUI_HELD"}).out,
                 QByteArray("gui-dialog-held-1"));
    }

    void anOlderFileIsAWarningToAnswer()
    {
        const TestVault vault;
        QCOMPARE(
            vault.cli().vault({"set", "system:K", "--store", "keychain"}, "gui-anchor-1").exitCode,
            0);
        QCOMPARE(vault.cli().vault({"verify"}).exitCode, 0);
        const QString copy = vault.dirPath() + QStringLiteral("/backup.svdb");
        QVERIFY(QFile::copy(vault.path(), copy));
        vault.set(QStringLiteral("system:A"), "gui-anchor-2");
        QtKeychainStore keychain;
        GuiHarness gui;
        gui.session().setKeyStore(&keychain);
        bool warned = false;
        GuiHarness::onNextModal([&](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box && box->objectName() == "rollbackWarningBox");
            QVERIFY(box->text().contains("older than the copy this computer last saw"));
            GuiHarness::screenshot(box, QStringLiteral("rollback-warning"));
            warned = true;
            for (QAbstractButton* button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                    button->click();
                }
            }
        });
        QVERIFY(gui.openAndUnlock(copy, QString::fromLatin1(TestVault::Passphrase)));
        QTRY_VERIFY(warned);
        QVERIFY(gui.session().isUnlocked());
        QVERIFY(!gui.session().vault().rollbackWarning());
    }

    void darkAndGermanScreenshots()
    {
        const TestVault vault;
        QCOMPARE(
            vault.cli().vault({"set", "pay:STRIPE_KEY", "--store", "keychain"}, "shot-1").exitCode,
            0);
        QCOMPARE(vault.cli().vault({"quick-unlock", "enable"}).exitCode, 0);
        const auto shots = [&](const QString& suffix) {
            QtKeychainStore keychain;
            GuiHarness gui;
            gui.session().setKeyStore(&keychain);
            gui.window().openVault(vault.path());
            QVERIFY(gui.find<QPushButton>("unlockKeychainButton")->isVisible());
            GuiHarness::screenshot(&gui.window(), QStringLiteral("unlock-keychain") + suffix);
            QTest::mouseClick(gui.find<QPushButton>("unlockKeychainButton"), Qt::LeftButton);
            QVERIFY(gui.waitUnlocked());
            gui.window().resize(1400, 760);
            gui.window().showSecrets();
            gui.find<QLineEdit>("searchEdit")->setText(QStringLiteral("STRIPE"));
            QTRY_COMPARE(gui.find<QTableView>("secretTable")->model()->rowCount(), 1);
            gui.find<QTableView>("secretTable")->selectRow(0);
            GuiHarness::screenshot(&gui.window(), QStringLiteral("secrets-storage") + suffix);
            GuiHarness::onNextModal([&](QWidget* modal) {
                auto* rows = modal->findChild<QTableWidget*>("keychainSecretsTable");
                QCOMPARE(rows->rowCount(), 1);
                GuiHarness::screenshot(modal, QStringLiteral("keychain-dialog") + suffix);
            });
            gui.find<QAction>("actionKeychain")->trigger();
        };
        GuiHarness::inDarkAndGerman(shots);
    }

    void aKeyringThatNeverAnswersLeavesTheWindowResponsive()
    {
        const TestVault vault;
        vault.set(QStringLiteral("system:A"), "gui-frozen-1");
        QCOMPARE(vault.cli().vault({"quick-unlock", "enable"}).exitCode, 0);
        QtKeychainStore keychain(std::chrono::milliseconds(1000));
        GuiHarness gui;
        gui.session().setKeyStore(&keychain);
        gui.window().openVault(vault.path());
        auto* quick = gui.find<QPushButton>("unlockKeychainButton");
        QVERIFY(quick->isVisible());

        // A timer that should tick every 10 ms: its longest gap is the window's stall.
        QElapsedTimer sinceTick;
        qint64 longest = 0;
        QTimer ticker;
        ticker.setInterval(10);
        QObject::connect(&ticker, &QTimer::timeout,
                         [&] { longest = std::max(longest, sinceTick.restart()); });
        TestKeyring::freeze(true);
        sinceTick.start();
        ticker.start();
        QElapsedTimer took;
        took.start();
        QTest::mouseClick(quick, Qt::LeftButton);
        const qint64 tookMs = took.elapsed();
        QTest::qWait(50);
        ticker.stop();
        TestKeyring::freeze(false);
        QVERIFY(!gui.session().isUnlocked());
        auto* error = gui.find<QLabel>("unlockError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains("did not answer within 1 s"), qPrintable(error->text()));
        QVERIFY2(tookMs < 2000, QByteArray::number(tookMs).constData());
        qInfo("keychain call %lld ms; longest event-loop stall %lld ms", tookMs, longest);
        QVERIFY2(longest < 250, QByteArray::number(longest).constData());
        GuiHarness::screenshot(&gui.window(), QStringLiteral("unlock-keychain-timeout"));
    }
};

QTEST_MAIN(TestGuiKeychain)
#include "tst_gui_keychain.moc"
