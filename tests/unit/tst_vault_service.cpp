#include "SqliteVaultRepository.h"
#include "TestHelpers.h"
#include "catalog/ScopeService.h"
#include "secrets/SecretService.h"
#include "vault/SystemClock.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace scopevault;
using scopevault::test::codeOf;

namespace {

const KdfParams Cheap{1, 8 * 1024 * 1024};

SecureBuffer bytes(const char* text)
{
    return SecureBuffer::copyOf(text);
}

QByteArray read(VaultService& vault, const char* ref)
{
    return QByteArrayView(
               SecretService(vault).readValue(SecretRef::parse(QString::fromLatin1(ref))).view())
        .toByteArray();
}

} // namespace

class TestVaultService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("v%1.svdb").arg(++m_counter)); }

private Q_SLOTS:
    void createUnlockLock()
    {
        const QString path = freshPath();
        {
            SqliteVaultRepository repository(path);
            VaultService vault(repository, m_clock);
            vault.create(bytes("pass"), Cheap);
            QVERIFY(vault.isUnlocked());
            SecretService(vault).setSecret(SecretRef::parse(QStringLiteral("system:A")),
                                           bytes("one"));
            vault.lock();
            QVERIFY(!vault.isUnlocked());
            QCOMPARE(codeOf([&] { (void)read(vault, "system:A"); }), ErrorCode::Denied);
            QCOMPARE(codeOf([&] { (void)SecretService(vault).listSecrets(std::nullopt); }),
                     ErrorCode::Denied);
        }
        SqliteVaultRepository repository(path);
        VaultService vault(repository, m_clock);
        QCOMPARE(codeOf([&] { vault.unlock(bytes("wrong")); }), ErrorCode::WrongPassphrase);
        QVERIFY(!vault.isUnlocked());
        vault.unlock(bytes("pass"));
        QCOMPARE(read(vault, "system:A"), QByteArray("one"));
        QCOMPARE(vault.info().secretCount, 1);
        QCOMPARE(vault.info().kdf, Cheap);
    }

    // The rows a listing and the catalog need are read while the KDF runs (unlock's
    // `meanwhile`): what another process writes after that read, and what this connection
    // writes itself, must be what is listed.
    void rowsReadDuringTheKdfNeverHideLaterChanges()
    {
        const QString path = freshPath();
        SqliteVaultRepository writerFile(path);
        VaultService writer(writerFile, m_clock);
        writer.create(bytes("pass"), Cheap);
        const auto ref = [](const char* text) {
            return SecretRef::parse(QString::fromLatin1(text));
        };
        SecretChange old;
        old.description = QStringLiteral("old");
        SecretService(writer).setSecret(ref("system:A"), bytes("one"), old);
        SecretService(writer).setSecret(ref("pack:B"), bytes("two"));
        SqliteVaultRepository readerFile(path);
        VaultService reader(readerFile, m_clock);
        reader.unlock(bytes("pass"), [&] {
            SecretService(reader).prepareListing();
            SecretChange changed;
            changed.description = QStringLiteral("new");
            SecretService(writer).setSecret(ref("system:A"), bytes("three"), changed);
            SecretService(writer).setSecret(ref("system:C"), bytes("four"));
            ScopeService(writer).create(Scope::pack(QStringLiteral("later")), QStringLiteral("x"));
        });
        const std::vector<SecretInfo> listed = SecretService(reader).listSecrets(std::nullopt);
        QCOMPARE(listed.size(), std::size_t(3));
        QCOMPARE(listed.at(1).ref.toString(), QStringLiteral("system:A"));
        QCOMPARE(listed.at(1).description, QStringLiteral("new"));
        QCOMPARE(listed.at(1).version, quint64(2));
        // The pack made meanwhile is in the catalog (describe refuses an unknown one).
        ScopeService(reader).describe(Scope::pack(QStringLiteral("later")), QStringLiteral("y"));
        // Unchanged since the read: the prefetched rows are listed, and say the same.
        reader.lock();
        reader.unlock(bytes("pass"), [&] { SecretService(reader).prepareListing(); });
        const std::vector<SecretInfo> again = SecretService(reader).listSecrets(std::nullopt);
        QCOMPARE(again.size(), listed.size());
        for (std::size_t i = 0; i < again.size(); ++i) {
            QCOMPARE(again.at(i).ref, listed.at(i).ref);
            QCOMPARE(again.at(i).description, listed.at(i).description);
        }
        // Read, then written through this same connection (which data_version does not see).
        SecretService(reader).prepareListing();
        SecretService(reader).removeSecret(ref("system:C"));
        QCOMPARE(SecretService(reader).listSecrets(std::nullopt).size(), std::size_t(2));
    }

    void createRefusesExistingFileAndEmptyPassphrase()
    {
        const QString path = freshPath();
        SqliteVaultRepository repository(path);
        VaultService vault(repository, m_clock);
        QCOMPARE(codeOf([&] { vault.create(bytes(""), Cheap); }), ErrorCode::Usage);
        vault.create(bytes("pass"), Cheap);
        SqliteVaultRepository again(path);
        VaultService second(again, m_clock);
        QCOMPARE(codeOf([&] { second.create(bytes("other"), Cheap); }), ErrorCode::Other);
        second.unlock(bytes("pass")); // the first vault is untouched
    }

    void versionsDescriptionsAndNotes()
    {
        SqliteVaultRepository repository(freshPath());
        VaultService vault(repository, m_clock);
        vault.create(bytes("pass"), Cheap);
        const SecretRef ref = SecretRef::parse(QStringLiteral("payments:STRIPE_KEY"));
        SecretChange change;
        change.description = QStringLiteral("Stripe live key");
        const SecureBuffer notes = bytes("rotate via dashboard");
        change.notes = &notes;
        QCOMPARE(SecretService(vault).setSecret(ref, bytes("v1"), change), quint64(1));
        QCOMPARE(SecretService(vault).setSecret(ref, bytes("v2")), quint64(2));
        SecretInfo info = SecretService(vault).describeSecret(ref);
        QCOMPARE(info.version, quint64(2));
        QCOMPARE(info.description, QStringLiteral("Stripe live key")); // kept
        QVERIFY(info.hasNotes);
        QCOMPARE(QByteArrayView(SecretService(vault).readNotes(ref).view()).toByteArray(),
                 QByteArray("rotate via dashboard"));

        SecretChange edit;
        edit.description = QStringLiteral("Stripe key");
        const SecureBuffer noNotes;
        edit.notes = &noNotes;
        SecretService(vault).editSecret(ref, edit);
        info = SecretService(vault).describeSecret(ref);
        QCOMPARE(info.version, quint64(2)); // metadata edits do not make a new value version
        QCOMPARE(info.description, QStringLiteral("Stripe key"));
        QVERIFY(!info.hasNotes);
        QCOMPARE(read(vault, "payments:STRIPE_KEY"), QByteArray("v2"));
    }

    void listFiltersByScope()
    {
        SqliteVaultRepository repository(freshPath());
        VaultService vault(repository, m_clock);
        vault.create(bytes("pass"), Cheap);
        for (const char* ref :
             {"system:A", "payments:B", "payments/charge:C", "comms:D", "payments/refund:E"}) {
            SecretService(vault).setSecret(SecretRef::parse(QString::fromLatin1(ref)), bytes("x"));
        }
        const auto refs = [&](const std::optional<Scope>& scope) {
            QStringList out;
            for (const SecretInfo& info : SecretService(vault).listSecrets(scope)) {
                out << info.ref.toString();
            }
            return out.join(QLatin1Char(' '));
        };
        QCOMPARE(refs(std::nullopt), QStringLiteral("comms:D payments/charge:C payments/refund:E "
                                                    "payments:B system:A"));
        QCOMPARE(refs(Scope::system()), QStringLiteral("system:A"));
        QCOMPARE(refs(Scope::parse(QStringLiteral("payments"))),
                 QStringLiteral("payments/charge:C payments/refund:E payments:B"));
        QCOMPARE(refs(Scope::parse(QStringLiteral("payments/charge"))),
                 QStringLiteral("payments/charge:C"));
        SecretService(vault).removeSecret(SecretRef::parse(QStringLiteral("payments:B")));
        QCOMPARE(codeOf([&] { (void)read(vault, "payments:B"); }), ErrorCode::NotFound);
        QCOMPARE(codeOf([&] {
                     SecretService(vault).removeSecret(
                         SecretRef::parse(QStringLiteral("payments:B")));
                 }),
                 ErrorCode::NotFound);
    }

    void changePassphraseKeepsValues()
    {
        const QString path = freshPath();
        {
            SqliteVaultRepository repository(path);
            VaultService vault(repository, m_clock);
            vault.create(bytes("old"), Cheap);
            SecretService(vault).setSecret(SecretRef::parse(QStringLiteral("system:A")),
                                           bytes("alpha"));
            vault.changePassphrase(bytes("new"), KdfParams{2, 8 * 1024 * 1024});
            QCOMPARE(read(vault, "system:A"), QByteArray("alpha"));
        }
        SqliteVaultRepository repository(path);
        VaultService vault(repository, m_clock);
        QCOMPARE(codeOf([&] { vault.unlock(bytes("old")); }), ErrorCode::WrongPassphrase);
        vault.unlock(bytes("new"));
        QCOMPARE(read(vault, "system:A"), QByteArray("alpha"));
        QCOMPARE(vault.info().kdf.opsLimit, std::uint64_t(2));
    }

    void missingAndForeignFiles()
    {
        const QString missing = freshPath();
        SqliteVaultRepository repository(missing);
        VaultService vault(repository, m_clock);
        QCOMPARE(codeOf([&] { vault.unlock(bytes("x")); }), ErrorCode::NotFound);
        QVERIFY(!QFile::exists(missing)); // opening never creates a file
    }
};

QTEST_GUILESS_MAIN(TestVaultService)
#include "tst_vault_service.moc"
