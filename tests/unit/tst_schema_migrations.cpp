#include "SchemaMigrations.h"
#include "SqliteConnection.h"
#include "SqliteVaultRepository.h"
#include "secrets/SecretService.h"
#include "vault/SystemClock.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace scopevault;

namespace {

void touch(const QString& path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
}

} // namespace

class TestSchemaMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;

    // A vault in schema 1 holding a secret, made by copying the rows of the format-1 fixture
    // (tests/fixtures/vaults) into a file migrated only to step 1.
    QString makeVersion1Vault(const QString& name)
    {
        const QString source = QStringLiteral(SCOPEVAULT_SOURCE_DIR) +
                               QStringLiteral("/tests/fixtures/vaults/format1.svdb");
        const QString target = m_dir.filePath(name + QStringLiteral(".svdb"));
        touch(target);
        SqliteConnection connection(target);
        connection.open();
        SchemaMigrations::migrate(connection, 1);
        connection.run(QStringLiteral("ATTACH DATABASE ? AS src"), {source}, "test");
        connection.run(QStringLiteral("INSERT INTO header SELECT key, value FROM src.header"),
                       "test");
        connection.run(QStringLiteral("INSERT INTO secrets SELECT id, ref_tag, version, "
                                      "created_ms, updated_ms, metadata, value FROM src.secrets"),
                       "test");
        connection.run(QStringLiteral("DETACH DATABASE src"), "test");
        return target;
    }

private Q_SLOTS:
    void version1VaultIsMigratedWithItsData()
    {
        const QString path = makeVersion1Vault(QStringLiteral("m1"));
        {
            SqliteConnection connection(path);
            connection.open();
            QCOMPARE(SchemaMigrations::currentVersion(connection), 1);
        }
        SqliteVaultRepository repository(path);
        VaultService vault(repository, m_clock);
        vault.unlock(SecureBuffer::copyOf("fixture passphrase"));
        QCOMPARE(repository.schemaVersion(), SchemaMigrations::LatestVersion);
        QCOMPARE(vault.info().formatVersion, VaultHeader::CurrentFormatVersion);
        const SecretRef ref = SecretRef::parse(QStringLiteral("payments/charge:STRIPE_KEY"));
        QCOMPARE(QByteArrayView(SecretService(vault).readValue(ref).view()).toByteArray(),
                 QByteArray("sk_live_fixture_1"));
        // The column step 2 added is usable.
        SecretChange change;
        const SecureBuffer notes = SecureBuffer::copyOf("from migration test");
        change.notes = &notes;
        SecretService(vault).editSecret(ref, change);
        QCOMPARE(QByteArrayView(SecretService(vault).readNotes(ref).view()).toByteArray(),
                 QByteArray("from migration test"));
    }

    void failedStepLeavesTheFileAsItWas()
    {
        const QString path = makeVersion1Vault(QStringLiteral("m2"));
        {
            // Sabotage: a column named like the one step 2 adds makes its ALTER TABLE fail.
            SqliteConnection connection(path);
            connection.open();
            connection.run(QStringLiteral("ALTER TABLE secrets ADD COLUMN notes BLOB"), "test");
        }
        SqliteVaultRepository repository(path);
        try {
            repository.open();
            QFAIL("migration should have failed");
        } catch (const VaultError& error) {
            QVERIFY2(error.message().contains(path), qPrintable(error.message()));
        }
        SqliteConnection connection(path);
        connection.open();
        QCOMPARE(SchemaMigrations::currentVersion(connection), 1);
        QSqlQuery rows = connection.run(QStringLiteral("SELECT count(*) FROM secrets"), "test");
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 3);
    }

    void newerSchemaIsRefusedWithItsVersion()
    {
        const QString path = makeVersion1Vault(QStringLiteral("m3"));
        {
            SqliteConnection connection(path);
            connection.open();
            connection.run(QStringLiteral("PRAGMA user_version=99"), "test");
        }
        SqliteVaultRepository repository(path);
        try {
            repository.open();
            QFAIL("opened a vault from the future");
        } catch (const VaultError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("99")), qPrintable(error.message()));
        }
    }

    void foreignSqliteFileIsNotAVault()
    {
        const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        touch(path);
        {
            SqliteConnection connection(path);
            connection.open();
            connection.run(QStringLiteral("CREATE TABLE t (x)"), "test");
        }
        SqliteVaultRepository repository(path);
        try {
            repository.open();
            QFAIL("opened a foreign file");
        } catch (const VaultError& error) {
            QCOMPARE(error.code(), ErrorCode::Integrity);
            QVERIFY(error.message().contains(path));
        }
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrations)
#include "tst_schema_migrations.moc"
