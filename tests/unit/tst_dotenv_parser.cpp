// The .env grammar: fixture files to exact bytes, python-dotenv (Debian's python3-dotenv) as
// an oracle, malformed lines with their numbers, and the process environment left alone.
#include "SqliteVaultRepository.h"
#include "import/DotenvParser.h"
#include "import/SecretImporter.h"
#include "secrets/SecretInput.h"
#include "secrets/SecretService.h"
#include "vault/SystemClock.h"
#include "vault/VaultService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace scopevault;

extern char** environ;

namespace {

QString fixture(const QString& name)
{
    return qEnvironmentVariable("SCOPEVAULT_FIXTURES") + QStringLiteral("/dotenv/") + name;
}

QMap<QString, QByteArray> valuesOf(const DotenvParser::Result& result)
{
    QMap<QString, QByteArray> values;
    for (const DotenvParser::Entry& entry : result.entries) {
        values.insert(entry.name, QByteArrayView(entry.value.view()).toByteArray());
    }
    return values;
}

DotenvParser::Result parseText(const QByteArray& text)
{
    return DotenvParser::parse(SecureBuffer::copyOf(text));
}

QStringList environmentSnapshot()
{
    QStringList all;
    for (char** each = environ; *each; ++each) {
        all << QString::fromLocal8Bit(*each);
    }
    return all;
}

// python-dotenv's reading of a file: values (hex) and the lines it could not parse.
QJsonObject oracle(const QString& path)
{
    const QString script = QStringLiteral(
        "import io, json, logging, sys\n"
        "from dotenv import dotenv_values\n"
        "log = io.StringIO()\n"
        "logging.basicConfig(stream=log, level=logging.WARNING)\n"
        "values = dotenv_values(sys.argv[1])\n"
        "out = {k.lstrip('\\ufeff'): v.encode().hex() for k, v in values.items() if v is not "
        "None}\n"
        "lines = [int(l.rsplit(' ', 1)[1]) for l in log.getvalue().splitlines() if 'line' in l]\n"
        "print(json.dumps({'values': out, 'lines': lines}))\n");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path});
    if (!python.waitForFinished() || python.exitCode() != 0) {
        qFatal("python3-dotenv oracle failed: %s", python.readAllStandardError().constData());
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

} // namespace

class TestDotenvParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void basicFixtureExactValues()
    {
        const DotenvParser::Result result =
            DotenvParser::parse(SecretInput::readFile(fixture(QStringLiteral("basic.env"))));
        QVERIFY(result.problems.isEmpty());
        const QMap<QString, QByteArray> values = valuesOf(result);
        QCOMPARE(values.size(), 11);
        QCOMPARE(values["OPENAI_API_KEY"], "sk-test-0000000000000000000000000000000000000000");
        QCOMPARE(values["ANTHROPIC_API_KEY"], "sk-ant-test-0000");
        QCOMPARE(values["EMPTY"], "");
        QCOMPARE(values["SINGLE"], "single quoted # not a comment");
        QCOMPARE(values["DOUBLE"], "double \"quoted\" with \\ backslash");
        QCOMPARE(values["INLINE"], "value");
        QCOMPARE(values["HASH_IN_VALUE"], "abc#def");
        QCOMPARE(values["SPACES_AROUND"], "spaced value");
        QCOMPARE(values["MULTILINE"], "line one\nline two");
        QCOMPARE(values["ESCAPED_NEWLINE"], "a\nb");
        QCOMPARE(values["URL"], "postgres://user:p%40ss@localhost:5432/db?sslmode=require");
        QCOMPARE(result.entries[9].line, 12); // after the two-line value
    }

    void bomAndCrlf()
    {
        const DotenvParser::Result result =
            DotenvParser::parse(SecretInput::readFile(fixture(QStringLiteral("bom-crlf.env"))));
        QVERIFY(result.problems.isEmpty());
        const QMap<QString, QByteArray> values = valuesOf(result);
        QCOMPARE(values.keys(),
                 (QStringList{QStringLiteral("BOM_FIRST"), QStringLiteral("CRLF_VALUE")}));
        QCOMPARE(values["BOM_FIRST"], "yes");
        QCOMPARE(values["CRLF_VALUE"], "crlf");
    }

    void malformedLinesAreReportedWithTheirNumbers()
    {
        const DotenvParser::Result result =
            DotenvParser::parse(SecretInput::readFile(fixture(QStringLiteral("malformed.env"))));
        QList<int> lines;
        for (const DotenvParser::Problem& problem : result.problems) {
            lines << problem.line;
        }
        QCOMPARE(lines, (QList<int>{2, 3, 4, 5}));
        QVERIFY(result.problems[3].message.contains(QStringLiteral("never closed")));
        const QMap<QString, QByteArray> values = valuesOf(result);
        QCOMPARE(values.size(), 2);
        QCOMPARE(values["GOOD"], "1");
        QCOMPARE(values["LAST"], "2");
        for (const DotenvParser::Problem& problem : result.problems) {
            QVERIFY(!problem.message.contains(QStringLiteral("never closed\"")));
        }
    }

    // Values are read straight into the one buffer; a line refused halfway through its value
    // (bad name, quote never closed, text after the quote) must leave none of its bytes there.
    void refusedLinesLeaveNoBytesInTheValues()
    {
        const DotenvParser::Result result = parseText(QByteArrayLiteral(
            "1BAD=leaked-a # note\nGOOD=x\nE=\"leaked-c\" junk\nD='y'\nF=w  # c\nC=\"leaked-b\n"));
        QCOMPARE(result.problems.size(), 3);
        QCOMPARE(result.problems[0].line, 1);
        QCOMPARE(result.problems[1].line, 3);
        QCOMPARE(result.problems[2].line, 6);
        const QMap<QString, QByteArray> values = valuesOf(result);
        QCOMPARE(values.keys(),
                 (QStringList{QStringLiteral("D"), QStringLiteral("F"), QStringLiteral("GOOD")}));
        QCOMPARE(values["GOOD"], "x");
        QCOMPARE(values["D"], "y");
        QCOMPARE(values["F"], "w");
        QCOMPARE(QByteArrayView(result.values.data(), result.values.size()), "xyw");
    }

    void agreesWithPythonDotenv_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("compareLines");
        for (const char* name : {"basic.env", "bom-crlf.env", "malformed.env"}) {
            QTest::newRow(name) << fixture(QString::fromLatin1(name)) << true;
        }
        static QTemporaryDir dir;
        const QString edge = dir.filePath(QStringLiteral("edge.env"));
        QFile file(edge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("export EXPORTED=yes\n"
                   "exportNOT_A_PREFIX=1\n"
                   "QUOTED_HASH=\"a # b\"\n"
                   "TRAILING=\"x\"   # comment\n"
                   "BACKSLASH_UNQUOTED=a\\tb\n"
                   "SQ_ESCAPES='it\\'s \\\\ \\n'\n"
                   "DQ_ESCAPES=\"tab\\there \\x41 \\'q\\'\"\n"
                   "UNICODE=\"gr\xc3\xbc\xc3\x9f\xc3\xa9\"\n"
                   "  INDENTED = value  \n"
                   "CRLF_QUOTED=\"one\r\ntwo\"\r\n"
                   "REPEATED=first\n"
                   "REPEATED=second\n"
                   "EQUALS=a=b=c\n"
                   "EMPTY_QUOTES=\"\"\n"
                   "LAST_NO_NEWLINE=end");
        file.close();
        QTest::newRow("edge cases") << edge << false;
    }
    void agreesWithPythonDotenv()
    {
        QFETCH(QString, path);
        QFETCH(bool, compareLines);
        const QJsonObject expected = oracle(path);
        const DotenvParser::Result result = DotenvParser::parse(SecretInput::readFile(path));
        QMap<QString, QByteArray> ours = valuesOf(result);
        const QJsonObject theirs = expected.value(QStringLiteral("values")).toObject();
        QCOMPARE(QStringList(ours.keys()), theirs.keys());
        for (const QString& key : theirs.keys()) {
            QVERIFY2(ours.value(key).toHex() == theirs.value(key).toString().toLatin1(),
                     qPrintable(key));
        }
        if (compareLines) {
            QList<int> lines;
            for (const DotenvParser::Problem& problem : result.problems) {
                lines << problem.line;
            }
            QList<int> theirLines;
            for (const QJsonValue& line : expected.value(QStringLiteral("lines")).toArray()) {
                theirLines << line.toInt();
            }
            QCOMPARE(lines, theirLines);
        }
    }

    void nameWithoutValueIsReportedNotInvented()
    {
        const DotenvParser::Result result =
            parseText("ALONE\nBAD-NAME=1\nOK=1\nsk-live-PASTEDTOKEN123\nsk live TOKEN2=x\n");
        QCOMPARE(valuesOf(result).keys(), QStringList{QStringLiteral("OK")});
        QCOMPARE(result.problems.size(), 4);
        QCOMPARE(result.problems[0].line, 1);
        QVERIFY(result.problems[1].message.contains(QStringLiteral("not a valid variable name")));
        QCOMPARE(result.problems[2].line, 4);
        QCOMPARE(result.problems[3].line, 5);
        // A pasted token on a line of its own is reported by line, never quoted back.
        for (const DotenvParser::Problem& problem : result.problems) {
            QVERIFY(!problem.message.contains(QStringLiteral("PASTEDTOKEN")));
            QVERIFY(!problem.message.contains(QStringLiteral("sk")));
            QVERIFY(!problem.message.contains(QStringLiteral("BAD-NAME")));
        }
    }

    void importNeverTouchesTheProcessEnvironment()
    {
        const QStringList before = environmentSnapshot();
        QTemporaryDir dir;
        SystemClock clock;
        SqliteVaultRepository repository(dir.filePath(QStringLiteral("env.svdb")));
        VaultService vault(repository, clock);
        vault.create(SecureBuffer::copyOf("pass"), KdfParams{1, 8 * 1024 * 1024});
        DotenvParser::Result parsed =
            DotenvParser::parse(SecretInput::readFile(fixture(QStringLiteral("basic.env"))));
        std::vector<SecretImporter::Item> items;
        for (DotenvParser::Entry& entry : parsed.entries) {
            items.push_back({entry.name, entry.value, QString()}); // into parsed.values
        }
        const auto outcomes = SecretImporter(vault).run(Scope::system(), items, false,
                                                        [](const SecretRef&) { return false; });
        QCOMPARE(outcomes.size(), std::size_t(11));
        QCOMPARE(environmentSnapshot(), before);
        QVERIFY(!qEnvironmentVariableIsSet("OPENAI_API_KEY") ||
                before.contains(QStringLiteral("OPENAI_API_KEY=") +
                                qEnvironmentVariable("OPENAI_API_KEY")));
        QCOMPARE(QByteArrayView(SecretService(vault)
                                    .readValue(SecretRef::parse(QStringLiteral("system:MULTILINE")))
                                    .view())
                     .toByteArray(),
                 QByteArray("line one\nline two"));
    }

    void importerNeverOverwritesWithoutPermission()
    {
        QTemporaryDir dir;
        SystemClock clock;
        SqliteVaultRepository repository(dir.filePath(QStringLiteral("ow.svdb")));
        VaultService vault(repository, clock);
        vault.create(SecureBuffer::copyOf("pass"), KdfParams{1, 8 * 1024 * 1024});
        const SecretRef ref = SecretRef::parse(QStringLiteral("system:KEY"));
        SecretService(vault).setSecret(ref, SecureBuffer::copyOf("original"));
        const SecureBuffer imported = SecureBuffer::copyOf("imported");
        const SecureBuffer fresh = SecureBuffer::copyOf("fresh");
        std::vector<SecretImporter::Item> items;
        items.push_back(
            {QStringLiteral("KEY"), SecretView(imported.data(), imported.size()), QString()});
        items.push_back({QStringLiteral("NEW"), SecretView(fresh.data(), fresh.size()), QString()});
        SecretImporter importer(vault);
        using Kind = SecretImporter::Outcome::Kind;
        auto outcomes =
            importer.run(Scope::system(), items, true, [](const SecretRef&) { return true; });
        QCOMPARE(outcomes[0].kind, Kind::Updated);
        QCOMPARE(QByteArrayView(SecretService(vault).readValue(ref).view()).toByteArray(),
                 QByteArray("original")); // dry run
        QVERIFY(!SecretService(vault).secretExists(SecretRef::parse(QStringLiteral("system:NEW"))));
        outcomes =
            importer.run(Scope::system(), items, false, [](const SecretRef&) { return false; });
        QCOMPARE(outcomes[0].kind, Kind::Skipped);
        QCOMPARE(outcomes[1].kind, Kind::Added);
        QCOMPARE(QByteArrayView(SecretService(vault).readValue(ref).view()).toByteArray(),
                 QByteArray("original"));
        outcomes =
            importer.run(Scope::system(), items, false, [](const SecretRef&) { return true; });
        QCOMPARE(outcomes[0].kind, Kind::Updated);
        QCOMPARE(outcomes[1].kind, Kind::Unchanged);
        QCOMPARE(QByteArrayView(SecretService(vault).readValue(ref).view()).toByteArray(),
                 QByteArray("imported"));
        QCOMPARE(SecretService(vault).describeSecret(ref).version, quint64(2));
    }
};

QTEST_GUILESS_MAIN(TestDotenvParser)
#include "tst_dotenv_parser.moc"
