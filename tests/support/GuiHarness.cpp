#include "GuiHarness.h"

#include "SqliteVaultRepository.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>

namespace scopevault::test {

GuiHarness::GuiHarness(const Clock* clock)
{
    // QSettings must point into the temporary folder before AppSettings opens it.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    m_settings = std::make_unique<AppSettings>();
    m_session = std::make_unique<VaultSession>(
        [](const QString& path) -> std::unique_ptr<VaultRepository> {
            return std::make_unique<SqliteVaultRepository>(path);
        },
        clock ? *clock : m_clock);
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
}

namespace {

// onNextModal's timers still waiting: a check that failed before its dialog opened must not
// leave them to act on the next test's dialogs (they capture that test's variables).
QList<QPointer<QTimer>>& waitingForModals()
{
    static QList<QPointer<QTimer>> timers;
    return timers;
}

} // namespace

GuiHarness::~GuiHarness()
{
    for (const QPointer<QTimer>& timer : std::as_const(waitingForModals())) {
        delete timer.data();
    }
    waitingForModals().clear();
    m_window.reset();
    m_session.reset();
}

bool GuiHarness::openAndUnlock(const QString& path, const QString& passphrase)
{
    m_window->openVault(path);
    auto* field = find<QLineEdit>("unlockPassphraseEdit");
    QTest::keyClicks(field, passphrase);
    QTest::keyClick(field, Qt::Key_Return);
    return waitUnlocked();
}

void GuiHarness::onNextModal(std::function<void(QWidget*)> act, int timeoutMs)
{
    auto* timer = new QTimer(qApp);
    waitingForModals().append(timer);
    auto* waited = new int(0);
    QObject::connect(timer, &QObject::destroyed, [waited] { delete waited; });
    QObject::connect(timer, &QTimer::timeout, timer, [timer, waited, act, timeoutMs] {
        *waited += 20;
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible()) {
            timer->stop();
            timer->deleteLater();
            const QPointer<QWidget> guard(modal);
            act(modal);
            // A failed check inside `act` must not leave exec() waiting for ever.
            if (guard && guard->isVisible()) {
                guard->close();
            }
        } else if (*waited > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            qWarning("no modal dialog opened");
        }
    });
    timer->start(20);
}

void GuiHarness::screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("SCOPEVAULT_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void GuiHarness::inDarkAndGerman(const std::function<void(const QString& suffix)>& shots)
{
    const QPalette light = QApplication::palette();
    QApplication::setPalette(darkPalette());
    shots(QStringLiteral("-dark"));
    QApplication::setPalette(light);
    QCOMPARE(Translations::install(*qApp, QStringLiteral("de")), QStringLiteral("de"));
    shots(QStringLiteral("-de"));
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QPalette GuiHarness::darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    // Links as Breeze Dark draws them (Qt's default dark blue is what no dark theme uses).
    dark.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    dark.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return dark;
}

bool GuiHarness::waitUnlocked(int timeoutMs)
{
    auto* pages = find<QStackedWidget>("pages");
    return QTest::qWaitFor(
        [&] {
            return m_session->isUnlocked() && pages->currentWidget() &&
                   pages->currentWidget()->objectName() == QLatin1String("vaultTabs");
        },
        timeoutMs);
}

} // namespace scopevault::test
