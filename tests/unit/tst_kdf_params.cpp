#include "CryptoInit.h"
#include "crypto/Kdf.h"
#include "crypto/KdfParams.h"
#include "vault/VaultError.h"

#include <QtTest>

using namespace scopevault;

namespace {
constexpr std::uint64_t MiB = 1024 * 1024;
}

class TestKdfParams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { CryptoInit::ensureInitialised(); }

    void presets()
    {
        QCOMPARE(KdfParams::fromPreset(QStringLiteral("interactive")), (KdfParams{2, 64 * MiB}));
        QCOMPARE(KdfParams::fromPreset(QStringLiteral("moderate")), (KdfParams{3, 256 * MiB}));
        QCOMPARE(KdfParams::fromPreset(QStringLiteral("sensitive")), (KdfParams{4, 1024 * MiB}));
        QCOMPARE(KdfParams::moderate(), KdfParams::fromPreset(QStringLiteral("moderate")));
        QCOMPARE(KdfParams::fromPreset(QStringLiteral("custom:1,8")), (KdfParams{1, 8 * MiB}));
    }

    void calibrateScalesOpsAt256MiB()
    {
        const KdfParams quick = KdfParams::fromPreset(QStringLiteral("calibrate:50"));
        const KdfParams slow = KdfParams::fromPreset(QStringLiteral("calibrate:2000"));
        QCOMPARE(quick.memLimitBytes, 256 * MiB);
        QCOMPARE(slow.memLimitBytes, 256 * MiB);
        QVERIFY(quick.opsLimit >= 1);
        // 40x the target time must give more passes (one pass at 256 MiB is ~0.1-0.5 s).
        QVERIFY2(slow.opsLimit > quick.opsLimit,
                 qPrintable(QStringLiteral("%1 vs %2").arg(slow.opsLimit).arg(quick.opsLimit)));
    }

    void badPresets_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::newRow("unknown") << "fast";
        QTest::newRow("calibrate without ms") << "calibrate:";
        QTest::newRow("calibrate too small") << "calibrate:5";
        QTest::newRow("custom missing mem") << "custom:3";
        QTest::newRow("custom zero ops") << "custom:0,64";
        QTest::newRow("custom tiny memory") << "custom:2,1";
        QTest::newRow("custom huge memory") << "custom:2,999999";
    }
    void badPresets()
    {
        QFETCH(QString, preset);
        try {
            (void)KdfParams::fromPreset(preset);
            QFAIL("accepted a bad preset");
        } catch (const VaultError& error) {
            QCOMPARE(error.code(), ErrorCode::Usage);
            QVERIFY2(error.message().contains(preset), qPrintable(error.message()));
        }
    }

    void headerValuesOutOfRangeAreIntegrityErrors()
    {
        const KdfParams edited{1000000, 256 * MiB};
        try {
            edited.validate();
            QFAIL("accepted absurd parameters");
        } catch (const VaultError& error) {
            QCOMPARE(error.code(), ErrorCode::Integrity);
        }
    }

    void deriveIsDeterministicPerSaltAndPassphrase()
    {
        const KdfParams cheap{1, 8 * MiB};
        const QByteArray salt = Kdf::randomSalt();
        const SecureBuffer pass = SecureBuffer::copyOf("pass");
        const SecureBuffer a = Kdf::derive(pass, salt, cheap);
        const SecureBuffer b = Kdf::derive(pass, salt, cheap);
        QVERIFY(a.equals(b));
        QVERIFY(!a.equals(Kdf::derive(pass, Kdf::randomSalt(), cheap)));
        QVERIFY(!a.equals(Kdf::derive(SecureBuffer::copyOf("pasS"), salt, cheap)));
        QVERIFY(!a.equals(Kdf::derive(pass, salt, KdfParams{2, 8 * MiB})));
    }
};

QTEST_GUILESS_MAIN(TestKdfParams)
#include "tst_kdf_params.moc"
