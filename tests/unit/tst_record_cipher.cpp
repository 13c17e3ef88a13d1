#include "CryptoInit.h"
#include "crypto/RecordCipher.h"
#include "crypto/SecretMetadataCodec.h"
#include "crypto/VaultKeys.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>
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

    // The metadata inside a sealed record: read as a CBOR stream. What the encoder writes
    // comes back; unknown keys (containers too) are skipped; a missing or non-text scope or
    // name, a key that is not text, a key twice or truncated bytes are malformed.
    void metadataDecodesWhatIsEncodedAndRefusesMalformedMaps()
    {
        using Codec = SecretMetadataCodec;
        const SecretRef ref = SecretRef::parse(QStringLiteral("payments/charge:STRIPE_KEY"));
        const QByteArray encoded =
            Codec::encode({ref, QStringLiteral("Zahlung — live"), 1733400000123, true});
        const std::optional<Codec::Metadata> decoded = Codec::decode(encoded);
        QVERIFY(decoded);
        QCOMPARE(decoded->ref, ref);
        QCOMPARE(decoded->description, QStringLiteral("Zahlung — live"));
        QCOMPARE(decoded->changedMs, qint64(1733400000123));
        QVERIFY(decoded->inKeychain);
        const auto cbor = [](const QCborMap& map) {
            return map.toCborValue().toCbor();
        };
        QCborMap extra{{QStringLiteral("scope"), QStringLiteral("system")},
                       {QStringLiteral("later"), QCborArray{1, QCborMap{{1, 2}}}},
                       {QStringLiteral("name"), QStringLiteral("A")},
                       {QStringLiteral("description"), 42}};
        const std::optional<Codec::Metadata> lenient = Codec::decode(cbor(extra));
        QVERIFY(lenient);
        QCOMPARE(lenient->ref.toString(), QStringLiteral("system:A"));
        QCOMPARE(lenient->description, QString());
        QCOMPARE(lenient->changedMs, qint64(0));
        QVERIFY(!lenient->inKeychain);
        QVERIFY(!Codec::decode(cbor({{QStringLiteral("scope"), QStringLiteral("system")}})));
        QVERIFY(!Codec::decode(cbor(
            {{QStringLiteral("scope"), QStringLiteral("system")}, {QStringLiteral("name"), 7}})));
        QVERIFY(!Codec::decode(cbor({{QStringLiteral("scope"), QStringLiteral("system")},
                                     {QStringLiteral("name"), QStringLiteral("A")},
                                     {1, QStringLiteral("x")}})));
        QVERIFY(!Codec::decode(cbor({{QStringLiteral("scope"), QStringLiteral("no such scope!")},
                                     {QStringLiteral("name"), QStringLiteral("A")}})));
        QVERIFY(!Codec::decode(encoded.left(encoded.size() - 3)));
        QVERIFY(!Codec::decode(QByteArray()));
        QVERIFY(!Codec::decode(QCborValue(QStringLiteral("not a map")).toCbor()));
        // A key twice (QCborMap keeps both; the stream writer is used to be sure).
        QByteArray twice;
        {
            QCborStreamWriter writer(&twice);
            writer.startMap(3);
            writer.append(QLatin1String("scope"));
            writer.append(QLatin1String("system"));
            writer.append(QLatin1String("name"));
            writer.append(QLatin1String("A"));
            writer.append(QLatin1String("name"));
            writer.append(QLatin1String("B"));
            writer.endMap();
        }
        QVERIFY(!Codec::decode(twice));
        // Strings in chunks (indefinite length) are read whole, keys included; a key that is
        // a byte string rather than text is refused.
        const QByteArray chunked = QByteArray::fromHex("a2"
                                                       "6573636f7065"         // "scope"
                                                       "7f637379736374656dff" // "sys" "tem"
                                                       "7f626e61626d65ff"     // "na" "me"
                                                       "6141");               // "A"
        const std::optional<Codec::Metadata> joined = Codec::decode(chunked);
        QVERIFY(joined);
        QCOMPARE(joined->ref.toString(), QStringLiteral("system:A"));
        QVERIFY(!Codec::decode(QByteArray::fromHex("a2"
                                                   "4573636f7065"   // b"scope"
                                                   "6673797374656d" // "system"
                                                   "646e616d65"
                                                   "6141"))); // "name" "A"
    }
};

QTEST_GUILESS_MAIN(TestRecordCipher)
#include "tst_record_cipher.moc"
