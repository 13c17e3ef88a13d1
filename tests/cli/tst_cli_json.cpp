// Every scopevault-cli command that offers --json, run through the real binary on a vault that
// has something of everything, parsed, and compared with the shape docs/USER-GUIDE.md gives
// for it ("JSON output"): the same keys at every level, no more, no fewer. A command that gains
// --json without a documented shape, or a documented shape that the output no longer has,
// fails here.
#include "TestHelpers.h"
#include "TestVault.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace scopevault::test;

namespace {

// A documented shape: the keys of an object (each with the shape of its value, when that is
// an object or a list of objects), or a list of such.
struct Shape
{
    enum class Kind
    {
        Scalar,
        Object,
        Array
    } kind = Kind::Scalar;
    QMap<QString, Shape> keys; // Object
    QSet<QString> optional;    // keys marked "key"? in the guide: printed only in some states
    QList<Shape> element;      // Array: zero or one
};

// Parses the notation of the guide: {"a", "b"?, "c": {"d"}, "e": [{"f"}]} or [{...}].
class ShapeParser
{
public:
    explicit ShapeParser(QString text)
        : m_text(std::move(text))
    {}

    Shape parse()
    {
        Shape shape = value();
        skipSpace();
        if (m_pos != m_text.size()) {
            fail("text after the shape");
        }
        return shape;
    }
    [[nodiscard]] const QString& error() const { return m_error; }

private:
    void fail(const char* what)
    {
        if (m_error.isEmpty()) {
            m_error =
                QStringLiteral("%1 at %2 in %3").arg(QLatin1String(what)).arg(m_pos).arg(m_text);
        }
        m_pos = m_text.size();
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace()) {
            ++m_pos;
        }
    }
    bool take(QChar c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    Shape value()
    {
        Shape shape;
        if (take(QLatin1Char('{'))) {
            shape.kind = Shape::Kind::Object;
            if (take(QLatin1Char('}'))) {
                return shape;
            }
            do {
                if (!take(QLatin1Char('"'))) {
                    fail("expected a quoted key");
                    return shape;
                }
                const qsizetype end = m_text.indexOf(QLatin1Char('"'), m_pos);
                if (end < 0) {
                    fail("unclosed key");
                    return shape;
                }
                const QString key = m_text.mid(m_pos, end - m_pos);
                m_pos = end + 1;
                if (take(QLatin1Char('?'))) {
                    shape.optional.insert(key);
                }
                shape.keys.insert(key, take(QLatin1Char(':')) ? value() : Shape());
            } while (take(QLatin1Char(',')));
            if (!take(QLatin1Char('}'))) {
                fail("expected }");
            }
            return shape;
        }
        if (take(QLatin1Char('['))) {
            shape.kind = Shape::Kind::Array;
            if (!take(QLatin1Char(']'))) {
                shape.element << value();
                if (!take(QLatin1Char(']'))) {
                    fail("expected ]");
                }
            }
            return shape;
        }
        fail("expected { or [");
        return shape;
    }

    QString m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

// Differences between what the guide documents and what was printed; empty when they agree.
QStringList compare(const Shape& shape, const QJsonValue& value, const QString& path)
{
    QStringList problems;
    if (shape.kind == Shape::Kind::Object) {
        if (!value.isObject()) {
            return {path + QStringLiteral(": documented as an object")};
        }
        const QJsonObject object = value.toObject();
        for (const QString& key : object.keys()) {
            if (!shape.keys.contains(key)) {
                problems << path +
                                QStringLiteral(": \"%1\" is printed but not documented").arg(key);
            }
        }
        for (auto it = shape.keys.cbegin(); it != shape.keys.cend(); ++it) {
            if (!object.contains(it.key())) {
                if (shape.optional.contains(it.key())) {
                    continue;
                }
                problems << path + QStringLiteral(": \"%1\" is documented but not printed")
                                       .arg(it.key());
            } else if (it->kind != Shape::Kind::Scalar) {
                problems << compare(*it, object.value(it.key()),
                                    path + QLatin1Char('.') + it.key());
            }
        }
        return problems;
    }
    if (shape.kind == Shape::Kind::Array) {
        if (!value.isArray()) {
            return {path + QStringLiteral(": documented as a list")};
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && !shape.element.isEmpty(); ++i) {
            problems << compare(shape.element.constFirst(), array.at(i),
                                path + QStringLiteral("[%1]").arg(i));
        }
    }
    return problems;
}

// The shape of a printed value in the guide's notation (for the failure message).
QString shapeText(const QJsonValue& value)
{
    if (value.isObject()) {
        QStringList keys;
        const QJsonObject object = value.toObject();
        for (const QString& key : object.keys()) {
            const QString inner = shapeText(object.value(key));
            keys << QLatin1Char('"') + key + QLatin1Char('"') +
                        (inner.isEmpty() ? QString() : QStringLiteral(": ") + inner);
        }
        return QLatin1Char('{') + keys.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    if (value.isArray() && !value.toArray().isEmpty()) {
        const QString inner = shapeText(value.toArray().first());
        return inner.isEmpty() ? QString() : QLatin1Char('[') + inner + QLatin1Char(']');
    }
    return {};
}

// The documented shapes: the table rows "| `COMMAND` | `SHAPE` |" under "### JSON output".
QMap<QString, QString> documentedShapes()
{
    QFile guide(qEnvironmentVariable("SCOPEVAULT_SOURCE_DIR") +
                QStringLiteral("/docs/USER-GUIDE.md"));
    if (!guide.open(QIODevice::ReadOnly)) {
        qFatal("cannot read docs/USER-GUIDE.md");
    }
    const QString text = QString::fromUtf8(guide.readAll());
    const qsizetype start = text.indexOf(QLatin1String("\n### JSON output"));
    const qsizetype end = text.indexOf(QLatin1String("\n#"), start + 5);
    const QString section = text.mid(start, end - start);
    QMap<QString, QString> shapes;
    static const QRegularExpression row(QStringLiteral("^\\| `([a-z -]+)` \\| `(.+)` \\|$"),
                                        QRegularExpression::MultilineOption);
    for (auto it = row.globalMatch(section); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        shapes.insert(match.captured(1), match.captured(2));
    }
    return shapes;
}

} // namespace

class TestCliJson : public QObject
{
    Q_OBJECT

private:
    TestVault m_vault{false};
    QMap<QString, CliResult> m_outputs; // command -> its --json run

    QString file(const QString& name) const { return m_vault.dirPath() + QLatin1Char('/') + name; }
    CliResult cli(const QStringList& args, const QByteArray& input = {}) const
    {
        return m_vault.cli().vault(args, input);
    }
    // Runs COMMAND... --json and keeps the output under the command's name (its first
    // `words` arguments).
    void json(int words, const QStringList& args)
    {
        const CliResult result = cli(args + QStringList{QStringLiteral("--json")});
        m_outputs.insert(args.mid(0, words).join(QLatin1Char(' ')), result);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString fixtures = qEnvironmentVariable("SCOPEVAULT_FIXTURES");
        json(1, {"init", "--kdf", "custom:1,8"});
        QCOMPARE(m_outputs.value("init").exitCode, 0);
        json(2, {"import", "skillpack", fixtures + "/skillpacks", "--dry-run"});
        m_outputs.remove("import skillpack");
        json(2, {"import", "skillpack", fixtures + "/skillpacks"});
        json(2, {"import", "dotenv", fixtures + "/dotenv/malformed.env", "--scope", "system"});
        json(2, {"import", "abstractcore", fixtures + "/abstractcore/abstractcore.json", "--scope",
                 "comms"});
        m_vault.set("system:ETHERSCAN_API_KEY", "etherscan-json-test");
        m_vault.set("finance:ETHERSCAN_API_KEY", "finance-json-test");
        m_vault.set("system:ETHERSCAN_API_KEY", "etherscan-json-test-2");
        m_vault.set("system:OPENAI_API_KEY", "openai-json-test");
        QCOMPARE(cli({"rotation", "set", "finance", "--every", "30d"}).exitCode, 0);
        // Due tomorrow: inside the default warning window, so the Overview lists it.
        const QString tomorrow =
            QDateTime::currentDateTimeUtc().addDays(1).date().toString(Qt::ISODate);
        QCOMPARE(cli({"rotation", "set", "system:OPENAI_API_KEY", "--expires", tomorrow}).exitCode,
                 0);
        QCOMPARE(cli({"agent", "add", "alice", "--public-key", newAgentPublicKey()}).exitCode, 0);
        QCOMPARE(cli({"agent", "add", "bob", "--public-key", newAgentPublicKey()}).exitCode, 0);
        QCOMPARE(cli({"grant", "alice", "finance/mica_module", "--until", "2099-01-01"}).exitCode,
                 0);
        QCOMPARE(cli({"grant", "bob", "comms/notify_sms"}).exitCode, 0); // lacks its secrets
        json(1, {"export", "alice", "--action", "finance/mica_module", "--out", file("alice.svb")});
        json(1, {"vault-key"});
        m_vault.set("finance:ETHERSCAN_API_KEY", "finance-json-test-2"); // the bundle is stale
        m_vault.set("system:TWILIO_AUTH_TOKEN", "twilio-json-test");
        json(1, {"info"});
        json(1, {"verify"});
        json(1, {"list"});
        json(2, {"pack", "list"});
        json(2, {"action", "list"});
        json(2, {"action", "show", "finance/mica_module"});
        json(1, {"resolve", "finance/mica_module"});
        json(1, {"coverage"});
        json(2, {"agent", "list"});
        json(2, {"agent", "show", "alice"});
        json(1, {"grants"});
        json(1, {"bundles"});
        json(2, {"audit", "verify"});
        json(2, {"audit", "list", "--limit", "20"});
        json(2, {"audit", "stats"});
        json(2, {"audit", "checkpoint", "--out", file("checkpoint.json")});
        m_vault.writeFile("receipts.jsonl", "{\"v\": 2}\nnot json\n");
        json(2, {"audit", "import-receipts", file("receipts.jsonl")});
        json(2, {"settings", "list"});
        json(1, {"history", "system:ETHERSCAN_API_KEY"});
        json(2, {"rotation", "list"});
        json(1, {"overview"});
        json(2, {"quick-unlock", "status"});
        json(2, {"keychain", "status"});
        json(1, {"scan", fixtures + "/skillpacks"});
    }

    void everyJsonCommandIsDocumented()
    {
        // What the CLI says offers --json, from its own help.
        const CliResult help = m_vault.cli().run({QStringLiteral("--help")});
        QStringList offering;
        static const QRegularExpression command(QStringLiteral("^  ([a-z][a-z-]*)( [a-z][a-z-]*)?"),
                                                QRegularExpression::MultilineOption);
        for (auto it = command.globalMatch(QString::fromUtf8(help.out)); it.hasNext();) {
            const QString name = it.next().captured(0).trimmed();
            const CliResult usage = m_vault.cli().run(QStringList{QStringLiteral("help")} +
                                                      name.split(QLatin1Char(' ')));
            if (usage.out.contains("  --json")) {
                offering << name;
            }
        }
        QVERIFY2(offering.size() >= 29, qPrintable(offering.join(QLatin1Char(','))));
        const QMap<QString, QString> shapes = documentedShapes();
        for (const QString& name : offering) {
            QVERIFY2(
                shapes.contains(name),
                qPrintable(name + QStringLiteral(" --json has no shape in docs/USER-GUIDE.md")));
            QVERIFY2(m_outputs.contains(name),
                     qPrintable(name + QStringLiteral(" --json is not run by this test")));
        }
        for (const QString& name : shapes.keys()) {
            QVERIFY2(offering.contains(name),
                     qPrintable(name + QStringLiteral(" is documented but offers no --json")));
        }
    }

    void outputsHaveTheDocumentedShapes()
    {
        const QMap<QString, QString> shapes = documentedShapes();
        QStringList problems;
        for (auto it = m_outputs.cbegin(); it != m_outputs.cend(); ++it) {
            QVERIFY2(!it->crashed, qPrintable(it.key()));
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(it->out, &error);
            if (error.error != QJsonParseError::NoError || it->out.count('\n') != 1) {
                problems << QStringLiteral("%1: not one line of JSON (exit %2): %3 %4")
                                .arg(it.key())
                                .arg(it->exitCode)
                                .arg(QString::fromUtf8(it->out), QString::fromUtf8(it->err));
                continue;
            }
            const QJsonValue value =
                document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
            ShapeParser parser(shapes.value(it.key()));
            const Shape shape = parser.parse();
            QStringList differences =
                parser.error().isEmpty()
                    ? compare(shape, value, it.key())
                    : QStringList{it.key() + QLatin1String(": ") + parser.error()};
            // A list that came out empty proves nothing about its elements.
            if (document.isArray() && document.array().isEmpty()) {
                differences << it.key() + QLatin1String(" printed []");
            }
            if (!differences.isEmpty()) {
                problems
                    << differences
                    << QStringLiteral("  printed: | `%1` | `%2` |").arg(it.key(), shapeText(value));
            }
        }
        for (const QString& problem : problems) {
            qWarning("%s", qPrintable(problem)); // QVERIFY2 cuts long messages short
        }
        QVERIFY2(problems.isEmpty(), "the printed JSON and docs/USER-GUIDE.md disagree (above)");
    }

    void valuesNeverAppear()
    {
        for (auto it = m_outputs.cbegin(); it != m_outputs.cend(); ++it) {
            for (const char* value :
                 {"etherscan-json-test", "finance-json-test", "openai-json-test", "twilio-json"}) {
                QVERIFY2(!it->out.contains(value) && !it->err.contains(value),
                         qPrintable(it.key()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliJson)
#include "tst_cli_json.moc"
