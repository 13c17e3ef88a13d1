// Catalog objects to CBOR and back: every kind survives byte for byte, and what is not one
// well-formed map of text keys is refused rather than half read.
#include "crypto/CatalogCodec.h"
#include "crypto/CborFields.h"

#include <QCborMap>
#include <QCborStreamWriter>
#include <QtTest>

using namespace scopevault;

namespace {

QByteArray cbor(const QCborMap& map)
{
    return map.toCborValue().toCbor();
}

} // namespace

class TestCatalogCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindRoundTrips_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        const auto row = [](const char* name, const CatalogObject& object) {
            QTest::newRow(name) << CatalogCodec::encode(object);
        };
        row("pack", Pack{QStringLiteral("payments"), QStringLiteral("Zahlungen — live"), 17});
        row("action", Action{QStringLiteral("payments"),
                             QStringLiteral("charge"),
                             QStringLiteral("Charge a card"),
                             {{QStringLiteral("STRIPE_KEY"), QStringLiteral("live key"), true},
                              {QStringLiteral("WEBHOOK"), QString(), false}},
                             18});
        row("agent", Agent{QStringLiteral("billing-bot"), QByteArray(32, '\x07'),
                           Agent::Status::Suspended, QStringLiteral("bills"), 19});
        row("grant until", Grant{QStringLiteral("billing-bot"),
                                 GrantTarget::parse(QStringLiteral("payments/charge")),
                                 QDateTime::fromMSecsSinceEpoch(1733400000123, Qt::UTC), 20});
        row("grant",
            Grant{QStringLiteral("billing-bot"),
                  GrantTarget::parse(QStringLiteral("system:OPENAI_API_KEY")), std::nullopt, 21});
        row("setting", Setting{QStringLiteral("bundle.max-lifetime"), QStringLiteral("30d")});
        row("rotation expires",
            RotationPolicy{GrantTarget::parse(QStringLiteral("payments:STRIPE_KEY")), 0, 0,
                           QDate(2027, 3, 31)});
        row("rotation every", RotationPolicy{GrantTarget::parse(QStringLiteral("payments")),
                                             90 * 86400, 14 * 86400, std::nullopt});
        row("scan", ScanRecord{QStringLiteral("payments"),
                               QStringLiteral("/srv/skills/payments"),
                               22,
                               QStringLiteral("ab12"),
                               QStringLiteral("high"),
                               2,
                               false,
                               QStringLiteral("high github-token at act/SKILL.md:7"),
                               {QStringLiteral("act/SKILL.md:7 high github-token"),
                                QStringLiteral("act/run.sh:2 low url")}});
    }
    void everyKindRoundTrips()
    {
        QFETCH(QByteArray, encoded);
        const std::optional<CatalogObject> decoded = CatalogCodec::decode(encoded);
        QVERIFY(decoded);
        QCOMPARE(CatalogCodec::encode(*decoded), encoded);
    }

    void malformedMapsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray pack = CatalogCodec::encode(Pack{QStringLiteral("p"), QString(), 1});
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a map") << QCborValue(QStringLiteral("pack")).toCbor();
        QTest::newRow("truncated") << pack.left(pack.size() - 2);
        QTest::newRow("bytes after the map") << pack + QByteArray(1, '\0');
        QTest::newRow("unknown kind")
            << cbor({{QStringLiteral("kind"), QStringLiteral("spaceship")}});
        QTest::newRow("integer key")
            << cbor({{QStringLiteral("kind"), QStringLiteral("pack")}, {1, QStringLiteral("p")}});
        QTest::newRow("bad grant target")
            << cbor({{QStringLiteral("kind"), QStringLiteral("grant")},
                     {QStringLiteral("agent"), QStringLiteral("a")},
                     {QStringLiteral("target"), QStringLiteral("Not A Scope!")}});
        QTest::newRow("bad expiry date")
            << cbor({{QStringLiteral("kind"), QStringLiteral("rotation")},
                     {QStringLiteral("target"), QStringLiteral("payments")},
                     {QStringLiteral("expires"), QStringLiteral("2027-02-30")}});
        QByteArray twice; // QCborMap would keep both; the stream writer is used to be sure
        QCborStreamWriter writer(&twice);
        writer.startMap(3);
        writer.append(QLatin1String("kind"));
        writer.append(QLatin1String("pack"));
        writer.append(QLatin1String("name"));
        writer.append(QLatin1String("a"));
        writer.append(QLatin1String("name"));
        writer.append(QLatin1String("b"));
        writer.endMap();
        QTest::newRow("a key twice") << twice;
    }
    void malformedMapsAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!CatalogCodec::decode(bytes));
    }

    void fieldsReadChunksAndDefaultOtherTypes()
    {
        // {"kind": "pa" "ck" (chunked), "name": 7, "created": "x", "places": [1]}
        const QByteArray bytes = QByteArray::fromHex("a4"
                                                     "646b696e64"
                                                     "7f62706162636bff"
                                                     "646e616d65"
                                                     "07"
                                                     "67637265617465646178"
                                                     "66706c61636573"
                                                     "8101");
        const std::optional<CborFields> fields = CborFields::read(bytes);
        QVERIFY(fields);
        QCOMPARE(fields->text(QLatin1StringView("kind")), QStringLiteral("pack"));
        QCOMPARE(fields->text(QLatin1StringView("name")), QString());
        QCOMPARE(fields->integer(QLatin1StringView("name")), 7);
        QCOMPARE(fields->integer(QLatin1StringView("created")), 0);
        QCOMPARE(fields->array(QLatin1StringView("places")).size(), 1);
        QVERIFY(!fields->boolean(QLatin1StringView("name")));
        QVERIFY(!fields->contains(QLatin1StringView("description")));
        QCOMPARE(fields->text(QLatin1StringView("description")), QString());
    }
};

QTEST_GUILESS_MAIN(TestCatalogCodec)
#include "tst_catalog_codec.moc"
