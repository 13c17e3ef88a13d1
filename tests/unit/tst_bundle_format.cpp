// Bundle files (docs/BUNDLE-FORMAT.md) in process: round trip, every refusal in the order
// the spec gives, flipped bytes all over the file, selection, identity files, durations.
#include "AgentIdentity.h"
#include "BundleError.h"
#include "BundleOpener.h"
#include "BundlePayload.h"
#include "BundleSealer.h"
#include "CryptoInit.h"
#include "Duration.h"
#include "FakeClock.h"
#include "KeyFingerprint.h"
#include "TestHelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sodium.h>
#include <sys/stat.h>

using namespace scopevault;
using namespace scopevault::test;
using Reason = BundleError::Reason;

namespace {

struct VaultSigner
{
    SecureBuffer secretKey{crypto_sign_SECRETKEYBYTES};
    QByteArray publicKey{crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized};
    VaultSigner()
    {
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secretKey.data());
    }
};

BundleSecret secret(const QString& name, const QString& ref, const QByteArray& value,
                    QList<quint16> actions)
{
    BundleSecret s;
    s.name = name;
    s.reference = ref;
    s.provenance = ref.section(QLatin1Char(':'), 0, 0);
    s.version = 3;
    s.actions = std::move(actions);
    s.value = SecureBuffer::copyOf(value);
    return s;
}

BundlePayload samplePayload()
{
    BundlePayload payload;
    payload.actions =
        QStringList{QStringLiteral("payments/charge"), QStringLiteral("payments/refund")};
    payload.secrets.push_back(secret(QStringLiteral("STRIPE_KEY"),
                                     QStringLiteral("payments/charge:STRIPE_KEY"),
                                     QByteArray("sk_charge"), {0}));
    payload.secrets.push_back(secret(QStringLiteral("STRIPE_KEY"),
                                     QStringLiteral("payments:STRIPE_KEY"), QByteArray("sk_pack"),
                                     {1}));
    payload.secrets.push_back(secret(QStringLiteral("OPENAI_API_KEY"),
                                     QStringLiteral("system:OPENAI_API_KEY"),
                                     QByteArray("\x00\xff\n binary", 10), {0, 1}));
    payload.secrets.push_back(
        secret(QStringLiteral("EMPTY"), QStringLiteral("payments:EMPTY"), QByteArray(), {1}));
    return payload;
}

BundleHeader sampleHeader(const QDateTime& now, const QString& agent = QStringLiteral("alice"))
{
    BundleHeader header;
    header.bundleId = QByteArray(16, '\x42');
    header.createdMs = now.toMSecsSinceEpoch();
    header.expiresMs = header.createdMs + 3600 * 1000;
    header.agent = agent;
    return header;
}

Reason reasonOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const BundleError& error) {
        return error.reason();
    }
    return Reason(0);
}

QString valueOf(const BundleSecret* s)
{
    return QString::fromLatin1(s->bytes().toByteArray());
}

} // namespace

class TestBundleFormat : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    VaultSigner m_vault;
    AgentIdentity m_alice = AgentIdentity::generate();
    AgentIdentity m_bob = AgentIdentity::generate();

    QByteArray sealFor(const AgentIdentity& agent, const BundleHeader& header,
                       const BundlePayload& payload = samplePayload()) const
    {
        return BundleSealer::seal(header, payload.encode(), agent.publicKey(), m_vault.secretKey,
                                  m_vault.publicKey);
    }
    OpenedBundle open(const QByteArray& file, const AgentIdentity& identity) const
    {
        return BundleOpener(m_clock).open(file, QStringLiteral("test.svb"), identity,
                                          m_vault.publicKey);
    }

private Q_SLOTS:
    void initTestCase() { CryptoInit::ensureInitialised(); }

    void roundTripKeepsEveryField()
    {
        const QByteArray file = sealFor(m_alice, sampleHeader(m_clock.nowUtc()));
        QVERIFY(file.startsWith("SVBUNDLE"));
        const OpenedBundle opened = open(file, m_alice);
        QCOMPARE(opened.header.agent, QStringLiteral("alice"));
        QCOMPARE(opened.header.bundleId, QByteArray(16, '\x42'));
        QCOMPARE(opened.header.agentKeyFingerprint, KeyFingerprint::of(m_alice.publicKey()));
        QCOMPARE(opened.header.vaultKeyFingerprint, KeyFingerprint::of(m_vault.publicKey));
        QCOMPARE(opened.header.expiresMs - opened.header.createdMs, 3600 * 1000);
        const BundlePayload& payload = opened.payload;
        QCOMPARE(payload.actions, samplePayload().actions);
        QCOMPARE(payload.secrets.size(), std::size_t(4));
        QCOMPARE(payload.secrets[2].bytes(), QByteArrayView("\x00\xff\n binary", 10));
        QCOMPARE(payload.secrets[2].actions, (QList<quint16>{0, 1}));
        QCOMPARE(payload.secrets[2].provenance, QStringLiteral("system"));
        QCOMPARE(payload.secrets[2].version, quint64(3));
        QVERIFY(payload.secrets[3].bytes().isEmpty());
        // No value appears in the file in clear.
        QVERIFY(!file.contains("sk_charge"));
        QVERIFY(!file.contains("STRIPE_KEY"));
    }

    void selectionFollowsTheActions()
    {
        const OpenedBundle opened = open(sealFor(m_alice, sampleHeader(m_clock.nowUtc())), m_alice);
        const auto charge = opened.payload.select(QStringLiteral("payments/charge"));
        QCOMPARE(charge.size(), std::size_t(2));
        QCOMPARE(charge[0]->name, QStringLiteral("OPENAI_API_KEY")); // sorted by name
        QCOMPARE(valueOf(charge[1]), QStringLiteral("sk_charge"));
        const auto refund = opened.payload.select(QStringLiteral("payments/refund"));
        QCOMPARE(refund.size(), std::size_t(3));
        QCOMPARE(valueOf(refund[2]), QStringLiteral("sk_pack"));
        // Both actions at once: STRIPE_KEY differs between them.
        QCOMPARE(reasonOf([&] { (void)opened.payload.select(std::nullopt); }), Reason::Selection);
        QCOMPARE(reasonOf([&] { (void)opened.payload.select(QStringLiteral("payments/other")); }),
                 Reason::Selection);
    }

    void refusalsEachHaveTheirReason()
    {
        const BundleHeader header = sampleHeader(m_clock.nowUtc());
        const QByteArray file = sealFor(m_alice, header);
        QCOMPARE(reasonOf([&] { (void)open(file, m_bob); }), Reason::WrongIdentity);
        QCOMPARE(reasonOf([&] {
                     VaultSigner other;
                     (void)BundleOpener(m_clock).open(file, QStringLiteral("f"), m_alice,
                                                      other.publicKey);
                 }),
                 Reason::UnknownVaultKey);
        QByteArray badSignature = file;
        badSignature[badSignature.size() - 1] = char(badSignature.back() ^ 0x20);
        QCOMPARE(reasonOf([&] { (void)open(badSignature, m_alice); }), Reason::BadSignature);
        QByteArray version2 = file;
        version2[9] = 2;
        QCOMPARE(reasonOf([&] { (void)open(version2, m_alice); }), Reason::UnsupportedVersion);
        QCOMPARE(reasonOf([&] { (void)open(file + 'x', m_alice); }), Reason::Damaged);
        QCOMPARE(reasonOf([&] { (void)open(QByteArray("not a bundle at all"), m_alice); }),
                 Reason::Damaged);
        for (const qsizetype length : {0, 5, 9, 10, 100, 184, 190, int(file.size()) - 1}) {
            QCOMPARE(reasonOf([&] { (void)open(file.left(length), m_alice); }), Reason::Damaged);
        }

        FakeClock later(m_clock.nowUtc().addSecs(3601));
        QCOMPARE(reasonOf([&] {
                     (void)BundleOpener(later).open(file, QStringLiteral("f"), m_alice,
                                                    m_vault.publicKey);
                 }),
                 Reason::Expired);
        FakeClock exactlyAtExpiry(m_clock.nowUtc().addSecs(3600));
        (void)BundleOpener(exactlyAtExpiry)
            .open(file, QStringLiteral("f"), m_alice, m_vault.publicKey);
        FakeClock behind(m_clock.nowUtc().addSecs(-600)); // created 10 minutes "in the future"
        QCOMPARE(reasonOf([&] {
                     (void)BundleOpener(behind).open(file, QStringLiteral("f"), m_alice,
                                                     m_vault.publicKey);
                 }),
                 Reason::Expired);
        FakeClock slightlyBehind(m_clock.nowUtc().addSecs(-60));
        (void)BundleOpener(slightlyBehind)
            .open(file, QStringLiteral("f"), m_alice, m_vault.publicKey);
    }

    void aSignedButMalformedPayloadIsDamaged()
    {
        SecureBuffer payload = samplePayload().encode();
        const unsigned char extra = 0;
        payload.append(&extra, 1);
        const QByteArray trailing =
            BundleSealer::seal(sampleHeader(m_clock.nowUtc()), payload, m_alice.publicKey(),
                               m_vault.secretKey, m_vault.publicKey);
        QCOMPARE(reasonOf([&] { (void)open(trailing, m_alice); }), Reason::Damaged);
        SecureBuffer cut = samplePayload().encode();
        cut.truncate(cut.size() - 3);
        const QByteArray shortened =
            BundleSealer::seal(sampleHeader(m_clock.nowUtc()), cut, m_alice.publicKey(),
                               m_vault.secretKey, m_vault.publicKey);
        QCOMPARE(reasonOf([&] { (void)open(shortened, m_alice); }), Reason::Damaged);
    }

    // 20 positions spread over the whole file: each flip is refused, for the reason the spec
    // gives for that region.
    void everyFlippedByteIsRefused()
    {
        const QByteArray file = sealFor(m_alice, sampleHeader(m_clock.nowUtc()));
        const qsizetype nameEnd = BundleHeader::FixedBytes + 5; // "alice"
        for (int i = 0; i < 20; ++i) {
            const qsizetype at = i * (file.size() - 1) / 19;
            QByteArray flipped = file;
            flipped[at] = char(flipped.at(at) ^ 0x01);
            const Reason reason = reasonOf([&] { (void)open(flipped, m_alice); });
            Reason expected = Reason::BadSignature;
            if (at < 8 || (at >= 10 && at < 12) || (at >= 180 && at < 185)) {
                expected = Reason::Damaged;
            } else if (at < 10) {
                expected = Reason::UnsupportedVersion;
            } else if (at >= 44 && at < 60) {
                expected = Reason::UnknownVaultKey;
            }
            QVERIFY2(reason == expected,
                     qPrintable(QStringLiteral("byte %1 of %2 (name ends at %3): reason %4")
                                    .arg(at)
                                    .arg(file.size())
                                    .arg(nameEnd)
                                    .arg(int(reason))));
        }
    }

    void identityFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("agent.identity"));
        m_alice.save(path);
        QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());
        struct stat info
        {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        const AgentIdentity loaded = AgentIdentity::load(path);
        QCOMPARE(loaded.publicKey(), m_alice.publicKey());
        QVERIFY(loaded.secretKey().equals(m_alice.secretKey()));
        QCOMPARE(codeOf([&] { m_bob.save(path); }), ErrorCode::Usage); // never overwritten
        QCOMPARE(AgentIdentity::load(path).publicKey(), m_alice.publicKey());

        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadOther);
        QCOMPARE(codeOf([&] { (void)AgentIdentity::load(path); }), ErrorCode::Denied);

        const QString bad = dir.filePath(QStringLiteral("bad.identity"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# comment\n\nSCOPEVAULT-AGENT-IDENTITY-1 dG9vIHNob3J0\n");
        file.close();
        QFile::setPermissions(bad, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        try {
            (void)AgentIdentity::load(bad);
            QFAIL("a short key was accepted");
        } catch (const VaultError& error) {
            QVERIFY2(error.message().contains(bad + QStringLiteral(":3:")),
                     qPrintable(error.message()));
        }
        QCOMPARE(codeOf([&] { (void)AgentIdentity::load(dir.filePath(QStringLiteral("none"))); }),
                 ErrorCode::NotFound);
    }

    void durations()
    {
        QCOMPARE(Duration::parseSeconds(QStringLiteral("90s")), 90);
        QCOMPARE(Duration::parseSeconds(QStringLiteral("12h")), 12 * 3600);
        QCOMPARE(Duration::parseSeconds(QStringLiteral("7d")), 7 * 86400);
        QCOMPARE(Duration::parseSeconds(QStringLiteral("2w")), 14 * 86400);
        for (const char* bad : {"", "7", "d", "-1d", "1.5d", "0d", "7 days", "99999999999w"}) {
            QCOMPARE(codeOf([&] { (void)Duration::parseSeconds(QLatin1String(bad)); }),
                     ErrorCode::Usage);
        }
        QCOMPARE(Duration::format(14 * 86400), QStringLiteral("14d"));
        QCOMPARE(Duration::format(36 * 3600), QStringLiteral("36h"));
        QCOMPARE(Duration::format(90), QStringLiteral("90s"));
    }
};

QTEST_GUILESS_MAIN(TestBundleFormat)
#include "tst_bundle_format.moc"
