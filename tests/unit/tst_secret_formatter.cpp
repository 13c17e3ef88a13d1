// Delivery formats of scopevault-agent env: every tricky value read back to the exact bytes
// by Scopevault's own .env parser, by python-dotenv (Debian's python3-dotenv), by /bin/sh and
// by a JSON parser; values a format cannot carry are refused naming the secret.
#include "BundleError.h"
#include "CryptoInit.h"
#include "SecretFormatter.h"
#include "Text.h"
#include "import/DotenvParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace scopevault;

namespace {

const QList<QByteArray>& trickyValues()
{
    static const QList<QByteArray> values{
        "plain",
        "",
        "with space and # hash",
        "double \" quote",
        "single ' quote",
        "back\\slash \\n not a newline",
        "multi\nline\nvalue\n",
        "carriage\r\nreturn",
        "tab\there",
        "$USER and ${unclosed stay literal",
        "unicode: \xc3\xa9\xe2\x82\xac\xf0\x9f\x94\x91",
        "=starts with equals",
        "  leading and trailing spaces  ",
    };
    return values;
}

std::vector<BundleSecret> secretsFor(const QList<QByteArray>& values)
{
    std::vector<BundleSecret> secrets;
    for (qsizetype i = 0; i < values.size(); ++i) {
        BundleSecret secret;
        secret.name = QStringLiteral("VALUE_%1").arg(i, 2, 10, QLatin1Char('0')).toStdString();
        secret.reference = "system:" + secret.name;
        secret.value = SecureBuffer::copyOf(values.at(i));
        secrets.push_back(std::move(secret));
    }
    return secrets;
}

std::vector<const BundleSecret*> pointers(const std::vector<BundleSecret>& secrets)
{
    std::vector<const BundleSecret*> result;
    for (const BundleSecret& secret : secrets) {
        result.push_back(&secret);
    }
    return result;
}

QByteArray text(const SecureBuffer& buffer)
{
    return QByteArrayView(buffer.view()).toByteArray();
}

QByteArray runPython(const QString& script, const QString& path)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path});
    if (!python.waitForFinished() || python.exitCode() != 0) {
        qFatal("python3 failed: %s", python.readAllStandardError().constData());
    }
    return python.readAllStandardOutput();
}

BundleError::Reason reasonOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const BundleError& error) {
        return error.reason();
    }
    return BundleError::Reason(0);
}

} // namespace

class TestSecretFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { CryptoInit::ensureInitialised(); }

    void dotenvReadsBackExactly()
    {
        const std::vector<BundleSecret> secrets = secretsFor(trickyValues());
        const SecureBuffer dotenv =
            SecretFormatter::format(pointers(secrets), SecretFormatter::Format::Dotenv);
        const DotenvParser::Result parsed = DotenvParser::parse(dotenv);
        QVERIFY(parsed.problems.isEmpty());
        QCOMPARE(parsed.entries.size(), secrets.size());
        for (std::size_t i = 0; i < secrets.size(); ++i) {
            QCOMPARE(parsed.entries[i].name, QString::fromStdString(secrets[i].name));
            QCOMPARE(parsed.entries[i].value.view(), secrets[i].value.view());
        }

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.env"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text(dotenv));
        file.close();
        // python-dotenv with its defaults (interpolation on), as agents call it.
        const QJsonObject oracle =
            QJsonDocument::fromJson(
                runPython(QStringLiteral("import json, sys\n"
                                         "from dotenv import dotenv_values\n"
                                         "print(json.dumps({k: v.encode().hex() for "
                                         "k, v in dotenv_values(sys.argv[1]).items()}))"),
                          path))
                .object();
        QCOMPARE(oracle.size(), qsizetype(secrets.size()));
        for (const BundleSecret& secret : secrets) {
            QCOMPARE(QByteArray::fromHex(
                         oracle.value(QString::fromStdString(secret.name)).toString().toLatin1()),
                     QByteArrayView(secret.value.view()).toByteArray());
        }
    }

    // A .env file is often sourced (set -a; . ./out.env): nothing in it may run, and values in
    // single quotes read back exactly in sh and bash too.
    void dotenvIsInertWhenSourced()
    {
        QTemporaryDir dir;
        const QString marker = dir.filePath(QStringLiteral("ran"));
        QList<QByteArray> values = trickyValues();
        values << QByteArray("$(touch " + marker.toUtf8() + ") `touch " + marker.toUtf8() + "`")
               << QByteArray("it's; touch " + marker.toUtf8() + " | cat & (id)")
               << QByteArray("back\\\\pair and ; touch " + marker.toUtf8());
        const std::vector<BundleSecret> secrets = secretsFor(values);
        const QByteArray dotenv =
            text(SecretFormatter::format(pointers(secrets), SecretFormatter::Format::Dotenv));
        QCOMPARE(DotenvParser::parse(SecureBuffer::copyOf(dotenv)).entries.size(), secrets.size());
        for (const QString& shell : {QStringLiteral("/bin/sh"), QStringLiteral("/bin/bash")}) {
            for (const BundleSecret& secret : secrets) {
                const QString name = QString::fromStdString(secret.name);
                QProcess sh;
                sh.start(shell,
                         {QStringLiteral("-c"),
                          QStringLiteral("set -a; . /dev/stdin; printf %s \"$%1\"").arg(name)});
                sh.write(dotenv);
                sh.closeWriteChannel();
                QVERIFY(sh.waitForFinished());
                QCOMPARE(sh.exitCode(), 0);
                if (dotenv.contains("\n" + name.toUtf8() + "='") ||
                    dotenv.startsWith(name.toUtf8() + "='")) {
                    QCOMPARE(sh.readAllStandardOutput(),
                             QByteArrayView(secret.value.view()).toByteArray());
                }
            }
        }
        QVERIFY(!QFile::exists(marker));
    }

    void shellReadsBackExactly()
    {
        QList<QByteArray> values = trickyValues();
        values << QByteArray("$(touch /tmp/scopevault-injected) `id` ;rm -rf x")
               << QByteArray("non-utf8 \xff\xfe bytes");
        const std::vector<BundleSecret> secrets = secretsFor(values);
        const SecureBuffer shell =
            SecretFormatter::format(pointers(secrets), SecretFormatter::Format::Shell);
        for (const BundleSecret& secret : secrets) {
            QProcess sh;
            sh.start(QStringLiteral("/bin/sh"),
                     {QStringLiteral("-c"), QStringLiteral("eval \"$(cat)\"; printf %s \"$%1\"")
                                                .arg(QString::fromStdString(secret.name))});
            sh.write(text(shell));
            sh.closeWriteChannel();
            QVERIFY(sh.waitForFinished());
            QCOMPARE(sh.readAllStandardOutput(), QByteArrayView(secret.value.view()).toByteArray());
        }
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/scopevault-injected")));
    }

    void jsonIsOneLineThatParses()
    {
        QList<QByteArray> values = trickyValues();
        values << QByteArray("nul \0 inside", 12) << QByteArray("control \x01\x1f");
        const std::vector<BundleSecret> secrets = secretsFor(values);
        const QByteArray json =
            text(SecretFormatter::format(pointers(secrets), SecretFormatter::Format::Json));
        QVERIFY(json.endsWith("}\n"));
        QCOMPARE(json.count('\n'), 1);
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        for (const BundleSecret& secret : secrets) {
            QCOMPARE(object.value(QString::fromStdString(secret.name)).toString().toUtf8(),
                     QByteArrayView(secret.value.view()).toByteArray());
        }
    }

    void unrepresentableValuesAreRefusedByName()
    {
        const auto refused = [](const QByteArray& value, SecretFormatter::Format format) {
            const std::vector<BundleSecret> secrets = secretsFor({value});
            try {
                (void)SecretFormatter::format(pointers(secrets), format);
            } catch (const BundleError& error) {
                return error.reason() == BundleError::Reason::Unrepresentable &&
                       QByteArray(error.what()).contains("VALUE_00") &&
                       !QByteArray(error.what()).contains(value);
            }
            return false;
        };
        using F = SecretFormatter::Format;
        QVERIFY(refused(QByteArray("a\0b", 3), F::Dotenv));
        QVERIFY(refused(QByteArray("a\0b", 3), F::Shell));
        QVERIFY(refused(QByteArray("bad \xff utf8"), F::Dotenv));
        QVERIFY(refused(QByteArray("bad \xff utf8"), F::Json));
        QVERIFY(refused(QByteArray("${HOME} would expand"), F::Dotenv));
        QVERIFY(refused(QByteArray("ends in backslash\\"), F::Dotenv));
        QVERIFY(refused(QByteArray("it's $(id)"), F::Dotenv));
        QVERIFY(refused(QByteArray("pair \\\\ and `id`"), F::Dotenv));
        QVERIFY(refused(QByteArray("cr \r and $HOME"), F::Dotenv));
        const std::vector<BundleSecret> nul = secretsFor({QByteArray("a\0b", 3)});
        QCOMPARE(reasonOf([&] { SecretFormatter::checkEnvironmentValue(nul.front()); }),
                 BundleError::Reason::Unrepresentable);
    }

    void utf8Validation()
    {
        const auto valid = [](const QByteArray& bytes) {
            return Text::isValidUtf8(reinterpret_cast<const unsigned char*>(bytes.data()),
                                     std::size_t(bytes.size()));
        };
        QVERIFY(valid("ascii"));
        QVERIFY(valid("\xc3\xa9\xe2\x82\xac\xf0\x9f\x94\x91"));
        QVERIFY(!valid("\xc3"));             // cut short
        QVERIFY(!valid("\xc0\xaf"));         // overlong
        QVERIFY(!valid("\xed\xa0\x80"));     // surrogate
        QVERIFY(!valid("\xf4\x90\x80\x80")); // above U+10FFFF
        QVERIFY(!valid("\x80"));
    }
};

QTEST_GUILESS_MAIN(TestSecretFormatter)
#include "tst_secret_formatter.moc"
