// Every command of scopevault-cli (read from its own help, so a new command is swept too) fed
// bad arguments and bad stdin: empty, 10 KB, newline, terminal escapes, a bidi override,
// path-like, NUL bytes, invalid UTF-8, 20 MB. Nothing may abort or hang; a refusal has a
// documented exit code and an error line free of control characters; and the vault keeps
// every value, object and grant, with nothing on its audit log but unlocks, locks and
// refusals.
#include "TestHelpers.h"
#include "TestVault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace scopevault::test;

namespace {

struct Command
{
    QStringList words;
    int arguments = 0; // positional placeholders in its usage, optional ones included
};

QList<Command> commandsFromHelp(const CliRunner& cli)
{
    const CliResult help = cli.run({"help"});
    QList<Command> commands;
    const QRegularExpression line(QStringLiteral("^  ([a-z][a-z-]*(?: [a-z][a-z-]*)?) ?(.*)$"));
    for (const QByteArray& raw : help.out.split('\n') + help.err.split('\n')) {
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(raw));
        if (!match.hasMatch()) {
            continue;
        }
        Command command{match.captured(1).split(QLatin1Char(' ')), 0};
        for (const QString& token : match.captured(2).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            command.arguments +=
                token.contains(QRegularExpression(QStringLiteral("[A-Z]"))) ? 1 : 0;
        }
        commands << command;
    }
    return commands;
}

// What must not change: values, versions, the catalog and the grants, as the CLI shows them.
QByteArray snapshot(const TestVault& vault)
{
    QByteArray state;
    for (const QStringList& command :
         {QStringList{"list", "--json"}, QStringList{"pack", "list", "--json"},
          QStringList{"action", "list", "--json"}, QStringList{"agent", "list", "--json"},
          QStringList{"grants", "--json"}, QStringList{"settings", "list"},
          QStringList{"rotation", "list", "--json"}, QStringList{"get", "system:KEEP"},
          QStringList{"get", "pay/charge:API_KEY"}}) {
        const CliResult result = vault.cli().vault(command);
        state += command.join(QLatin1Char(' ')).toUtf8() + ": " +
                 QByteArray::number(result.exitCode) + "\n" + result.out + "\n";
    }
    return state;
}

bool hasControlCharacters(const QByteArray& text)
{
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestCliSweep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCommandRefusesBadInputAndKeepsTheVault()
    {
        const TestVault vault;
        vault.set(QStringLiteral("system:KEEP"), "keep-this-value");
        vault.set(QStringLiteral("pay/charge:API_KEY"), "pay-value");
        QCOMPARE(vault.cli()
                     .vault({"agent", "add", "bot", "--public-key", newAgentPublicKey()})
                     .exitCode,
                 0);
        QCOMPARE(vault.cli().vault({"grant", "bot", "pay/charge"}).exitCode, 0);
        const QByteArray before = snapshot(vault);
        const QJsonArray baseline =
            QJsonDocument::fromJson(vault.cli().vault({"audit", "list", "--json"}).out).array();
        QVERIFY(!baseline.isEmpty());
        const qint64 lastSeq = baseline.last().toObject().value("seq").toInteger();

        const QList<Command> commands = commandsFromHelp(vault.cli());
        QVERIFY2(commands.size() >= 50, qPrintable(QString::number(commands.size())));
        const QStringList badArguments{
            QString(),
            QString(10 * 1024, QLatin1Char('A')),
            QStringLiteral("a\nb"),
            QStringLiteral("\x1b]0;owned\x07\x1b[2J"),
            QStringLiteral("x\u202Etxt.exe"),
            QStringLiteral("../../../etc/passwd"),
            QStringLiteral("-"),
        };
        const QList<QByteArray> badStdin{
            QByteArray(),
            QByteArray("\0\0\0value\0", 9),
            QByteArray("\xff\xfe\xc3\x28\xa0\xa1", 6),
            QByteArray(20 * 1024 * 1024, 'z'),
        };
        const QList<int> documented{0, 1, 2, 3, 4, 5, 6, 7};
        int runs = 0;
        for (const Command& command : commands) {
            if (command.words == QStringList{"help"} || command.words == QStringList{"init"}) {
                continue; // help prints help; init would create a second vault elsewhere
            }
            for (int i = 0; i < badArguments.size(); ++i) {
                QStringList arguments = command.words;
                // A command without arguments gets one (refused) and, on every other run, none:
                // then only its stdin is bad.
                const int count = command.arguments > 0 ? command.arguments : (i % 2 == 0 ? 1 : 0);
                for (int n = 0; n < count; ++n) {
                    arguments << badArguments.at(i);
                }
                const QByteArray& input = badStdin.at(i % badStdin.size());
                const CliResult result = vault.cli().vault(arguments, input);
                ++runs;
                const QByteArray what = arguments.join(QLatin1Char(' ')).left(80).toUtf8();
                QVERIFY2(!result.crashed && documented.contains(result.exitCode),
                         (what + " -> exit " + QByteArray::number(result.exitCode) + ": " +
                          result.err.left(300))
                             .constData());
                QVERIFY2(!hasControlCharacters(result.err), (what + ": " + result.err).constData());
                if (result.exitCode != 0) {
                    // Says what failed: "scopevault-cli: error: ..." (or, for receipt lines
                    // refused one by one, a warning per line).
                    QVERIFY2(result.err.contains("scopevault-cli: error:") ||
                                 result.err.contains("scopevault-cli: warning: refused"),
                             (what + ": " + result.err).constData());
                }
            }
        }
        qInfo("%d runs over %lld commands", runs, static_cast<long long>(commands.size()));

        // The log holds only unlocks, locks and refusals since; nothing stored changed (the
        // snapshot's own reads come after this look at the log).
        const QJsonArray after =
            QJsonDocument::fromJson(vault.cli().vault({"audit", "list", "--json"}).out).array();
        QVERIFY(after.size() > baseline.size());
        for (const QJsonValue& value : after) {
            const QJsonObject event = value.toObject();
            if (event.value("seq").toInteger() <= lastSeq) {
                continue;
            }
            const QString action = event.value("action").toString();
            const bool allowed = action == QLatin1String("vault.unlocked") ||
                                 action == QLatin1String("vault.locked") ||
                                 action == QLatin1String("vault.checkpoint") ||
                                 event.value("outcome").toString() != QLatin1String("success");
            QVERIFY2(allowed, QJsonDocument(event).toJson(QJsonDocument::Compact).constData());
        }
        QCOMPARE(snapshot(vault), before);
        QCOMPARE(vault.cli().vault({"verify"}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSweep)
#include "tst_cli_sweep.moc"
