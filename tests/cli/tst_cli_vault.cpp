// scopevault-cli driven as a user drives it: the real binary, a real vault file.
#include "TestVault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <sys/stat.h>

using namespace scopevault::test;

namespace {

QByteArray nonUtf8Bytes()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i) {
        bytes.append(static_cast<char>(255 - i)); // includes NUL, 0xff, lone continuation bytes
    }
    return bytes;
}

bool isPrivate(const QString& path)
{
    struct stat info
    {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && (info.st_mode & 0777) == 0600;
}

} // namespace

class TestCliVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // #20: -V like --version, and `help COMMAND` prints that command's help.
    void versionAndHelpForOneCommand()
    {
        const CliRunner cli{QString(), QString()};
        for (const char* option : {"--version", "-V"}) {
            const CliResult version = cli.run({QString::fromLatin1(option)});
            QCOMPARE(version.exitCode, 0);
            QVERIFY2(version.out.startsWith("scopevault-cli "), version.out.constData());
        }
        const CliResult get = cli.run({"help", "get"});
        QCOMPARE(get.exitCode, 0);
        QVERIFY(get.out.contains("get REF"));
        QVERIFY(get.out.contains("--notes"));
        QVERIFY(!get.out.contains("Commands:"));
        const CliResult sub = cli.run({"help", "quick-unlock", "enable"});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY(sub.out.contains("quick-unlock enable"));
        const CliResult group = cli.run({"help", "rotation"});
        QCOMPARE(group.exitCode, 0);
        QVERIFY(group.out.contains("rotation set") && group.out.contains("rotation list"));
        const CliResult unknown = cli.run({"help", "nope"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("no command 'nope'"));
    }

    void roundTripAtEveryScope_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QByteArray>("value");
        const QList<QPair<const char*, QByteArray>> values = {
            {"empty", QByteArray()},
            {"one byte", QByteArray("x")},
            {"64 KiB", QByteArray(64 * 1024, 'k')},
            {"non-UTF-8", nonUtf8Bytes()},
            {"trailing newline kept", QByteArray("line\n")},
        };
        for (const char* ref : {"system:API_KEY", "payments:API_KEY", "payments/charge:API_KEY"}) {
            for (const auto& [label, value] : values) {
                QTest::addRow("%s %s", ref, label) << QString::fromLatin1(ref) << value;
            }
        }
    }
    void roundTripAtEveryScope()
    {
        static TestVault vault;
        QFETCH(QString, ref);
        QFETCH(QByteArray, value);
        const CliResult set = vault.cli().vault({QStringLiteral("set"), ref}, value);
        QVERIFY2(set.exitCode == 0, set.err.constData());
        const CliResult get = vault.cli().vault({QStringLiteral("get"), ref});
        QCOMPARE(get.exitCode, 0);
        QCOMPARE(get.out.size(), value.size());
        QCOMPARE(get.out, value);
    }

    void noPlaintextOnDisk()
    {
        TestVault vault;
        const QByteArray value = "SV-CANARY-VALUE-0b7e4c";
        const QByteArray notes = "SV-CANARY-NOTES-91d2aa";
        const QString notesFile = vault.writeFile(QStringLiteral("notes.txt"), notes);
        // A reader holding the database open keeps the -wal and -shm files on disk, with
        // the pages the next writer commits.
        QSqlDatabase reader =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        reader.setDatabaseName(vault.path());
        QVERIFY(reader.open());
        QSqlQuery(reader).exec(QStringLiteral("SELECT count(*) FROM secrets"));
        const CliResult set = vault.cli().vault(
            {QStringLiteral("set"), QStringLiteral("canarypack/act:SV_CANARY_NAME"),
             QStringLiteral("--description"), QStringLiteral("SV-CANARY-DESCRIPTION"),
             QStringLiteral("--notes-file"), notesFile},
            value);
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY(QFileInfo(vault.path() + QStringLiteral("-wal")).size() > 0);
        const QByteArray disk = vault.diskBytes();
        for (const QByteArray& needle :
             {value, notes, QByteArray("SV_CANARY_NAME"), QByteArray("SV-CANARY-DESCRIPTION"),
              QByteArray("canarypack")}) {
            QVERIFY2(!disk.contains(needle), needle.constData());
        }
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QVERIFY2(isPrivate(vault.path() + suffix), qPrintable(vault.path() + suffix));
        }
        QCOMPARE(
            vault.cli()
                .vault({QStringLiteral("get"), QStringLiteral("canarypack/act:SV_CANARY_NAME")})
                .out,
            value);
        reader.close();
        reader = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    }

    void defaultLocationIsPrivate()
    {
        TestVault scratch(false);
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_DATA_HOME"), scratch.dirPath() + QStringLiteral("/data"));
        const CliResult init = scratch.cli().run(
            {QStringLiteral("--passphrase-file"), scratch.passphraseFile(), QStringLiteral("init"),
             QStringLiteral("--kdf"), QStringLiteral("custom:1,8")},
            {}, env);
        QVERIFY2(init.exitCode == 0, init.err.constData());
        const QString expected = scratch.dirPath() + QStringLiteral("/data/scopevault/vault.svdb");
        QVERIFY(QFile::exists(expected));
        QVERIFY(isPrivate(expected));
        struct stat folder
        {};
        QCOMPARE(::stat(QFile::encodeName(scratch.dirPath() + QStringLiteral("/data/scopevault"))
                            .constData(),
                        &folder),
                 0);
        QCOMPARE(folder.st_mode & 0777, 0700u);
        // SCOPEVAULT_VAULT names another file.
        env.insert(QStringLiteral("SCOPEVAULT_VAULT"),
                   scratch.dirPath() + QStringLiteral("/e.svdb"));
        const CliResult info = scratch.cli().run({QStringLiteral("info")}, {}, env);
        QCOMPARE(info.exitCode, 4);
        QVERIFY(info.err.contains("e.svdb"));
    }

    void infoShowsHeaderAndCountsWithoutSecrets()
    {
        TestVault vault(true, QStringLiteral("interactive"));
        vault.set(QStringLiteral("system:INFO_NAME"), "INFO-VALUE");
        const CliResult info = vault.cli().run({QStringLiteral("--vault"), vault.path(),
                                                QStringLiteral("info"), QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(info.out).object();
        QCOMPARE(json.value(QStringLiteral("formatVersion")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), 9);
        QCOMPARE(json.value(QStringLiteral("secrets")).toInt(), 1);
        const QJsonObject kdf = json.value(QStringLiteral("kdf")).toObject();
        QCOMPARE(kdf.value(QStringLiteral("algorithm")).toString(), QStringLiteral("argon2id13"));
        QCOMPARE(kdf.value(QStringLiteral("opsLimit")).toInt(), 2);
        QCOMPARE(kdf.value(QStringLiteral("memLimitBytes")).toInteger(), 64LL * 1024 * 1024);
        QVERIFY(!info.out.contains("INFO"));
    }

    void listShowsMetadataNeverValues()
    {
        TestVault vault;
        QCOMPARE(vault.cli()
                     .vault({QStringLiteral("set"), QStringLiteral("system:A"),
                             QStringLiteral("--description"), QStringLiteral("first")},
                            "VALUE-A")
                     .exitCode,
                 0);
        vault.set(QStringLiteral("pay/charge:B"), "VALUE-B");
        vault.set(QStringLiteral("pay/charge:B"), "VALUE-B2");
        const CliResult all = vault.cli().vault({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(!all.out.contains("VALUE"));
        const QJsonArray array = QJsonDocument::fromJson(all.out).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0)[QStringLiteral("reference")].toString(),
                 QStringLiteral("pay/charge:B"));
        QCOMPARE(array.at(0)[QStringLiteral("version")].toInt(), 2);
        QCOMPARE(array.at(1)[QStringLiteral("description")].toString(), QStringLiteral("first"));
        const CliResult pack = vault.cli().vault({QStringLiteral("list"), QStringLiteral("pay")});
        QCOMPARE(pack.exitCode, 0);
        QVERIFY(pack.out.contains("pay/charge:B"));
        QVERIFY(!pack.out.contains("system:A"));
        QVERIFY(!pack.out.contains("VALUE"));
    }

    void removeDeletes()
    {
        TestVault vault;
        vault.set(QStringLiteral("system:GONE"), "x");
        QCOMPARE(vault.cli().vault({QStringLiteral("rm"), QStringLiteral("system:GONE")}).exitCode,
                 0);
        const CliResult get =
            vault.cli().vault({QStringLiteral("get"), QStringLiteral("system:GONE")});
        QCOMPARE(get.exitCode, 4);
        QVERIFY(get.err.contains("system:GONE"));
        QCOMPARE(vault.cli().vault({QStringLiteral("rm"), QStringLiteral("system:GONE")}).exitCode,
                 4);
    }

    void exitCodesAndMessages_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << 2 << "frobnicate";
        QTest::newRow("bad reference")
            << QStringList{QStringLiteral("get"), QStringLiteral("system:9X")} << 2 << "system:9X";
        QTest::newRow("value in argv refused")
            << QStringList{QStringLiteral("set"), QStringLiteral("system:A"),
                           QStringLiteral("hunter2")}
            << 2 << "expected arguments 'REF'";
        QTest::newRow("missing argument") << QStringList{QStringLiteral("get")} << 2 << "get";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("list"), QStringLiteral("--values")} << 2 << "values";
        QTest::newRow("not found")
            << QStringList{QStringLiteral("get"), QStringLiteral("system:NOPE")} << 4
            << "system:NOPE";
        QTest::newRow("bad kdf") << QStringList{QStringLiteral("passwd"), QStringLiteral("--kdf"),
                                                QStringLiteral("speedy")}
                                 << 2 << "speedy";
    }
    void exitCodesAndMessages()
    {
        static TestVault vault;
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const CliResult result = vault.cli().vault(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(QString::fromLocal8Bit(result.err).contains(mentions), result.err.constData());
    }

    void wrongPassphrase()
    {
        TestVault vault;
        vault.set(QStringLiteral("system:A"), "x");
        const QString wrong = vault.writeFile(QStringLiteral("wrong"), "not it\n");
        const CliResult result = vault.cli().run(
            {QStringLiteral("--vault"), vault.path(), QStringLiteral("--passphrase-file"), wrong,
             QStringLiteral("get"), QStringLiteral("system:A")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains("wrong passphrase"));
        QVERIFY(result.err.contains(vault.path().toLocal8Bit()));
        QVERIFY(result.out.isEmpty());
    }

    void passphraseFromFileDescriptor()
    {
        TestVault vault;
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("printf 'fd-value' | \"$0\" --vault \"$1\" --passphrase-fd 3 "
                                    "set system:FD 3<\"$2\""),
                     CliRunner::binary(), vault.path(), vault.passphraseFile()});
        QVERIFY(shell.waitForFinished());
        QCOMPARE(shell.exitCode(), 0);
        QCOMPARE(vault.cli().vault({QStringLiteral("get"), QStringLiteral("system:FD")}).out,
                 QByteArray("fd-value"));
        const CliResult badFd = vault.cli().run({QStringLiteral("--vault"), vault.path(),
                                                 QStringLiteral("--passphrase-fd"),
                                                 QStringLiteral("abc"), QStringLiteral("list")});
        QCOMPARE(badFd.exitCode, 2);
    }

    void damagedFilesExitFiveNamingTheFile_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage") << "garbage";
        QTest::newRow("empty") << "empty";
        QTest::newRow("first 100 bytes") << "head100";
        QTest::newRow("first half") << "half";
        QTest::newRow("last page cut") << "lastpage";
    }
    void damagedFilesExitFiveNamingTheFile()
    {
        QFETCH(QString, damage);
        TestVault vault;
        for (int i = 0; i < 40; ++i) {
            vault.set(QStringLiteral("system:K%1").arg(i), QByteArray(300, 'v'));
        }
        QFile file(vault.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        if (damage == QLatin1String("garbage")) {
            QByteArray junk(static_cast<int>(size), '\0');
            for (int i = 0; i < junk.size(); ++i) {
                junk[i] = static_cast<char>((i * 131 + 7) % 251);
            }
            file.seek(0);
            file.write(junk);
        } else if (damage == QLatin1String("empty")) {
            file.resize(0);
        } else if (damage == QLatin1String("head100")) {
            file.resize(100);
        } else if (damage == QLatin1String("half")) {
            file.resize(size / 2);
        } else {
            file.resize(size - 4096);
        }
        file.close();
        for (const QStringList& command :
             {QStringList{QStringLiteral("info")},
              QStringList{QStringLiteral("get"), QStringLiteral("system:K39")},
              QStringList{QStringLiteral("list")}}) {
            const CliResult result = vault.cli().vault(command);
            QVERIFY2(!result.crashed, qPrintable(command.join(QLatin1Char(' '))));
            QVERIFY2(result.exitCode == 5,
                     qPrintable(QStringLiteral("%1: exit %2: %3")
                                    .arg(command.join(QLatin1Char(' ')))
                                    .arg(result.exitCode)
                                    .arg(QString::fromLocal8Bit(result.err))));
            QVERIFY2(result.err.contains(vault.path().toLocal8Bit()), result.err.constData());
        }
    }

    void changePassphrase()
    {
        TestVault vault;
        vault.set(QStringLiteral("system:KEEP"), "kept value");
        const QString fresh = vault.writeFile(QStringLiteral("fresh"), "a new passphrase\n");
        const CliResult passwd = vault.cli().vault(
            {QStringLiteral("passwd"), QStringLiteral("--new-passphrase-file"), fresh});
        QVERIFY2(passwd.exitCode == 0, passwd.err.constData());
        const CliResult old =
            vault.cli().vault({QStringLiteral("get"), QStringLiteral("system:KEEP")});
        QCOMPARE(old.exitCode, 3);
        const CliResult now = vault.cli().run(
            {QStringLiteral("--vault"), vault.path(), QStringLiteral("--passphrase-file"), fresh,
             QStringLiteral("get"), QStringLiteral("system:KEEP")});
        QCOMPARE(now.exitCode, 0);
        QCOMPARE(now.out, QByteArray("kept value"));
    }

    void runningBinaryHasNoCoreDumpsAndPrivateFiles()
    {
        TestVault vault;
        QProcess process;
        process.start(CliRunner::binary(),
                      {QStringLiteral("--vault"), vault.path(), QStringLiteral("--passphrase-file"),
                       vault.passphraseFile(), QStringLiteral("set"),
                       QStringLiteral("system:LIVE")});
        QVERIFY(process.waitForStarted());
        // The process is unlocked and waiting for the value on stdin.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(vault.path() + QStringLiteral("-shm")), 10000);
        QFile limits(QStringLiteral("/proc/%1/limits").arg(process.processId()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        const QByteArray text = limits.readAll();
        const qsizetype line = text.indexOf("Max core file size");
        QVERIFY(line >= 0);
        const QList<QByteArray> fields =
            text.mid(line, text.indexOf('\n', line) - line).simplified().split(' ');
        QCOMPARE(fields.at(4), QByteArray("0"));
        QCOMPARE(fields.at(5), QByteArray("0"));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QVERIFY2(isPrivate(vault.path() + suffix), qPrintable(suffix));
        }
        process.write("live");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliVault)
#include "tst_cli_vault.moc"
