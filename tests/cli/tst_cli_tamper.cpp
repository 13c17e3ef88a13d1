// Records edited with the sqlite3 tool, as an attacker with the file would: each damaged
// secret is refused with exit 5 naming it; every other secret still reads.
#include "TestHelpers.h"
#include "TestVault.h"

#include <QProcess>
#include <QtTest>

using namespace scopevault::test;

namespace {

const QStringList Refs = {QStringLiteral("system:ALPHA"), QStringLiteral("pack:BRAVO"),
                          QStringLiteral("pack/act:CHARLIE"), QStringLiteral("system:DELTA")};

QByteArray valueOf(int index)
{
    return "VALUE-" + QByteArray::number(index) + "-7c1f";
}

} // namespace

class TestCliTamper : public QObject
{
    Q_OBJECT

private:
    // Refs[i] is stored in rowid i+1 (insertion order).
    static void fill(const TestVault& vault)
    {
        for (int i = 0; i < Refs.size(); ++i) {
            QCOMPARE(vault.cli().vault({QStringLiteral("set"), Refs.at(i)}, valueOf(i)).exitCode,
                     0);
        }
    }

    static void expectOnlyDamaged(const TestVault& vault, const QList<int>& damaged)
    {
        for (int i = 0; i < Refs.size(); ++i) {
            const CliResult get = vault.cli().vault({QStringLiteral("get"), Refs.at(i)});
            for (int j = 0; j < Refs.size(); ++j) {
                QVERIFY2(!get.err.contains(valueOf(j)), "a value leaked into an error message");
            }
            if (damaged.contains(i)) {
                QVERIFY2(get.exitCode == 5, qPrintable(Refs.at(i)));
                QVERIFY2(get.err.contains(Refs.at(i).toLatin1()), get.err.constData());
                QVERIFY(get.out.isEmpty());
            } else {
                QVERIFY2(get.exitCode == 0, get.err.constData());
                QCOMPARE(get.out, valueOf(i));
            }
        }
    }

private Q_SLOTS:
    void swappedValueCiphertexts()
    {
        TestVault vault;
        fill(vault);
        // Read both first: a self-referencing UPDATE would see the first row already changed.
        const QString value1 = QString::fromLatin1(runSqlite(
            vault.path(), QStringLiteral("SELECT hex(value) FROM secrets WHERE rowid = 1")));
        const QString value2 = QString::fromLatin1(runSqlite(
            vault.path(), QStringLiteral("SELECT hex(value) FROM secrets WHERE rowid = 2")));
        runSqlite(vault.path(), QStringLiteral("UPDATE secrets SET value = X'%1' WHERE rowid = 1;"
                                               "UPDATE secrets SET value = X'%2' WHERE rowid = 2;")
                                    .arg(value2, value1));
        expectOnlyDamaged(vault, {0, 1});
    }

    void flippedByteInOneValue()
    {
        TestVault vault;
        fill(vault);
        QByteArray blob =
            QByteArray::fromHex(runSqlite(vault.path(), QStringLiteral("SELECT hex(value) FROM "
                                                                       "secrets WHERE rowid = 3")));
        blob[blob.size() / 2] = static_cast<char>(blob[blob.size() / 2] ^ 0x20);
        runSqlite(vault.path(), QStringLiteral("UPDATE secrets SET value = X'%1' WHERE rowid = 3")
                                    .arg(QString::fromLatin1(blob.toHex())));
        expectOnlyDamaged(vault, {2});
    }

    void swappedLookupTags()
    {
        // Exchanging the keyed tags points each reference at the other's row; the sealed
        // metadata names the real reference, so both are refused rather than crossed.
        TestVault vault;
        fill(vault);
        const QString tag1 = QString::fromLatin1(runSqlite(
            vault.path(), QStringLiteral("SELECT hex(ref_tag) FROM secrets WHERE rowid = 1")));
        const QString tag4 = QString::fromLatin1(runSqlite(
            vault.path(), QStringLiteral("SELECT hex(ref_tag) FROM secrets WHERE rowid = 4")));
        runSqlite(vault.path(),
                  QStringLiteral("UPDATE secrets SET ref_tag = X'00' WHERE rowid = 1;"
                                 "UPDATE secrets SET ref_tag = X'%1' WHERE rowid = 4;"
                                 "UPDATE secrets SET ref_tag = X'%2' WHERE rowid = 1;")
                      .arg(tag1, tag4));
        expectOnlyDamaged(vault, {0, 3});
        const CliResult list = vault.cli().vault({QStringLiteral("list")});
        QCOMPARE(list.exitCode, 5); // damaged records are reported, the rest listed
        QVERIFY(list.out.contains("pack:BRAVO"));
        QVERIFY(!list.out.contains("system:ALPHA"));
        QVERIFY(list.err.contains("not the version the vault committed to"));
    }

    void versionRolledForward()
    {
        TestVault vault;
        fill(vault);
        runSqlite(vault.path(), QStringLiteral("UPDATE secrets SET version = version + 1 "
                                               "WHERE rowid = 2"));
        expectOnlyDamaged(vault, {1});
    }
};

QTEST_GUILESS_MAIN(TestCliTamper)
#include "tst_cli_tamper.moc"
