#include "CryptoInit.h"
#include "crypto/RecordCipher.h"
#include "crypto/VaultKeys.h"

#include <QtTest>

using namespace scopevault;
using Field = RecordCipher::Field;

class TestRecordCipher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { CryptoInit::ensureInitialised(); }

    void roundTripAndFreshNonces()
    {
        const VaultKeys keys = VaultKeys::generate();
        const RecordCipher cipher(keys, RecordCipher::randomRecordId());
        const RecordCipher::Binding binding{RecordCipher::randomRecordId(), 1, Field::Value};
        for (const QByteArray& plain : {QByteArray(), QByteArray("x"), QByteArray(65536, '\xff')}) {
            const QByteArray sealed = cipher.seal(plain, binding);
            QVERIFY(sealed != cipher.seal(plain, binding)); // a fresh nonce every time
            SecureBuffer out;
            QVERIFY(cipher.open(sealed, binding, out));
            QCOMPARE(QByteArrayView(out.view()).toByteArray(), plain);
        }
    }

    void bindingRejectsEveryMismatch()
    {
        const VaultKeys keys = VaultKeys::generate();
        const QByteArray vaultId = RecordCipher::randomRecordId();
        const RecordCipher cipher(keys, vaultId);
        const RecordCipher::Binding binding{RecordCipher::randomRecordId(), 7, Field::Value};
        const QByteArray sealed = cipher.seal("value", binding);
        SecureBuffer out;
        QVERIFY(!cipher.open(sealed, {RecordCipher::randomRecordId(), 7, Field::Value}, out));
        QVERIFY(!cipher.open(sealed, {binding.recordId, 6, Field::Value}, out));
        QVERIFY(!cipher.open(sealed, {binding.recordId, 7, Field::Notes}, out));
        const RecordCipher otherVault(keys, RecordCipher::randomRecordId());
        QVERIFY(!otherVault.open(sealed, binding, out));
        const VaultKeys otherKeys = VaultKeys::generate();
        QVERIFY(!RecordCipher(otherKeys, vaultId).open(sealed, binding, out));
        for (int i = 0; i < sealed.size(); ++i) {
            QByteArray flipped = sealed;
            flipped[i] = static_cast<char>(flipped[i] ^ 0x01);
            QVERIFY(!cipher.open(flipped, binding, out));
        }
        QVERIFY(!cipher.open(sealed.left(20), binding, out));
        QVERIFY(out.isEmpty());
    }

    void lookupTagIsKeyed()
    {
        const VaultKeys a = VaultKeys::generate();
        const VaultKeys b = VaultKeys::generate();
        const QByteArray id = RecordCipher::randomRecordId();
        const QString ref = QStringLiteral("system:OPENAI_API_KEY");
        QCOMPARE(RecordCipher(a, id).lookupTag(ref), RecordCipher(a, id).lookupTag(ref));
        QVERIFY(RecordCipher(a, id).lookupTag(ref) != RecordCipher(b, id).lookupTag(ref));
        QVERIFY(!RecordCipher(a, id).lookupTag(ref).contains("OPENAI"));
    }
};

QTEST_GUILESS_MAIN(TestRecordCipher)
#include "tst_record_cipher.moc"
