// Bundle files (docs/BUNDLE-FORMAT.md) in process: round trip, every refusal in the order
// the spec gives, flipped bytes all over the file, selection, identity files, durations.
#include "AgentError.h"
#include "AgentIdentity.h"
#include "BundleError.h"
#include "BundleOpener.h"
#include "BundlePayload.h"
#include "BundleSealer.h"
#include "CryptoInit.h"
#include "FakeClock.h"
#include "KeyFingerprint.h"
#include "TestHelpers.h"
#include "text/Duration.h"

#include <QFile>
#include <QProcess>
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
    std::string publicKey = std::string(crypto_sign_PUBLICKEYBYTES, '\0');
    VaultSigner()
    {
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secretKey.data());
    }
};

BundleSecret secret(const std::string& name, const std::string& ref, const QByteArray& value,
                    std::vector<std::uint16_t> actions)
{
    BundleSecret s;
    s.name = name;
    s.reference = ref;
    s.provenance = ref.substr(0, ref.find(':'));
    s.version = 3;
    s.actions = std::move(actions);
    s.value = SecureBuffer::copyOf(value);
    return s;
}

BundlePayload samplePayload()
{
    BundlePayload payload;
    payload.actions = {"payments/charge", "payments/refund"};
    payload.secrets.push_back(
        secret("STRIPE_KEY", "payments/charge:STRIPE_KEY", QByteArray("sk_charge"), {0}));
    payload.secrets.push_back(
        secret("STRIPE_KEY", "payments:STRIPE_KEY", QByteArray("sk_pack"), {1}));
    payload.secrets.push_back(secret("OPENAI_API_KEY", "system:OPENAI_API_KEY",
                                     QByteArray("\x00\xff\n binary", 10), {0, 1}));
    payload.secrets.push_back(secret("EMPTY", "payments:EMPTY", QByteArray(), {1}));
    return payload;
}

BundleHeader sampleHeader(const QDateTime& now, const std::string& agent = "alice")
{
    BundleHeader header;
    header.bundleId = std::string(16, '\x42');
    header.createdMs = now.toMSecsSinceEpoch();
    header.expiresMs = header.createdMs + 3600 * 1000;
    header.agent = agent;
    return header;
}

ErrorCode agentCodeOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const AgentError& error) {
        return error.code();
    }
    return ErrorCode(0);
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

std::string valueOf(const BundleSecret* s)
{
    return std::string(s->bytes());
}

std::int64_t ms(const QDateTime& time)
{
    return time.toMSecsSinceEpoch();
}

} // namespace

class TestBundleFormat : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    VaultSigner m_vault;
    AgentIdentity m_alice = AgentIdentity::generate();
    AgentIdentity m_bob = AgentIdentity::generate();

    std::string sealFor(const AgentIdentity& agent, const BundleHeader& header,
                        const BundlePayload& payload = samplePayload()) const
    {
        return BundleSealer::seal(header, payload.encode(), agent.publicKey(), m_vault.secretKey,
                                  m_vault.publicKey);
    }
    OpenedBundle open(const std::string& file, const AgentIdentity& identity) const
    {
        return BundleOpener(ms(m_clock.nowUtc()))
            .open(file, "test.svb", identity, m_vault.publicKey);
    }

private Q_SLOTS:
    void initTestCase() { CryptoInit::ensureInitialised(); }

    void roundTripKeepsEveryField()
    {
        const std::string file = sealFor(m_alice, sampleHeader(m_clock.nowUtc()));
        QVERIFY(file.rfind("SVBUNDLE", 0) == 0);
        const OpenedBundle opened = open(file, m_alice);
        QCOMPARE(opened.header.agent, std::string("alice"));
        QCOMPARE(opened.header.bundleId, std::string(16, '\x42'));
        QCOMPARE(opened.header.agentKeyFingerprint, KeyFingerprint::of(m_alice.publicKey()));
        QCOMPARE(opened.header.vaultKeyFingerprint, KeyFingerprint::of(m_vault.publicKey));
        QCOMPARE(opened.header.expiresMs - opened.header.createdMs, 3600 * 1000);
        const BundlePayload& payload = opened.payload;
        QCOMPARE(payload.actions, samplePayload().actions);
        QCOMPARE(payload.secrets.size(), std::size_t(4));
        QVERIFY(payload.secrets[2].bytes() == std::string_view("\x00\xff\n binary", 10));
        QCOMPARE(payload.secrets[2].actions, (std::vector<std::uint16_t>{0, 1}));
        QCOMPARE(payload.secrets[2].provenance, std::string("system"));
        QCOMPARE(payload.secrets[2].version, std::uint64_t(3));
        QVERIFY(payload.secrets[3].bytes().empty());
        // No value appears in the file in clear.
        QVERIFY(file.find("sk_charge") == std::string::npos);
        QVERIFY(file.find("STRIPE_KEY") == std::string::npos);
    }

    void selectionFollowsTheActions()
    {
        const OpenedBundle opened = open(sealFor(m_alice, sampleHeader(m_clock.nowUtc())), m_alice);
        const auto charge = opened.payload.select(std::string("payments/charge"));
        QCOMPARE(charge.size(), std::size_t(2));
        QCOMPARE(charge[0]->name, std::string("OPENAI_API_KEY")); // sorted by name
        QCOMPARE(valueOf(charge[1]), std::string("sk_charge"));
        const auto refund = opened.payload.select(std::string("payments/refund"));
        QCOMPARE(refund.size(), std::size_t(3));
        QCOMPARE(valueOf(refund[2]), std::string("sk_pack"));
        // Both actions at once: STRIPE_KEY differs between them.
        QCOMPARE(reasonOf([&] { (void)opened.payload.select(std::nullopt); }), Reason::Selection);
        QCOMPARE(reasonOf([&] { (void)opened.payload.select(std::string("payments/other")); }),
                 Reason::Selection);
    }

    void refusalsEachHaveTheirReason()
    {
        const BundleHeader header = sampleHeader(m_clock.nowUtc());
        const std::string file = sealFor(m_alice, header);
        QCOMPARE(reasonOf([&] { (void)open(file, m_bob); }), Reason::WrongIdentity);
        QCOMPARE(
            reasonOf([&] {
                VaultSigner other;
                (void)BundleOpener(ms(m_clock.nowUtc())).open(file, "f", m_alice, other.publicKey);
            }),
            Reason::UnknownVaultKey);
        std::string badSignature = file;
        badSignature.back() = char(badSignature.back() ^ 0x20);
        QCOMPARE(reasonOf([&] { (void)open(badSignature, m_alice); }), Reason::BadSignature);
        std::string version2 = file;
        version2[9] = 2;
        QCOMPARE(reasonOf([&] { (void)open(version2, m_alice); }), Reason::UnsupportedVersion);
        QCOMPARE(reasonOf([&] { (void)open(file + 'x', m_alice); }), Reason::Damaged);
        QCOMPARE(reasonOf([&] { (void)open("not a bundle at all", m_alice); }), Reason::Damaged);
        for (const std::size_t length :
             {std::size_t(0), std::size_t(5), std::size_t(9), std::size_t(10), std::size_t(100),
              std::size_t(184), std::size_t(190), file.size() - 1}) {
            QCOMPARE(reasonOf([&] { (void)open(file.substr(0, length), m_alice); }),
                     Reason::Damaged);
        }

        const auto openAt = [&](const QDateTime& now) {
            (void)BundleOpener(ms(now)).open(file, "f", m_alice, m_vault.publicKey);
        };
        QCOMPARE(reasonOf([&] { openAt(m_clock.nowUtc().addSecs(3601)); }), Reason::Expired);
        openAt(m_clock.nowUtc().addSecs(3600)); // exactly at expiry
        // Created 10 minutes "in the future": refused; one minute: clock skew, accepted.
        QCOMPARE(reasonOf([&] { openAt(m_clock.nowUtc().addSecs(-600)); }), Reason::Expired);
        openAt(m_clock.nowUtc().addSecs(-60));
    }

    void aSignedButMalformedPayloadIsDamaged()
    {
        SecureBuffer payload = samplePayload().encode();
        const unsigned char extra = 0;
        payload.append(&extra, 1);
        const std::string trailing =
            BundleSealer::seal(sampleHeader(m_clock.nowUtc()), payload, m_alice.publicKey(),
                               m_vault.secretKey, m_vault.publicKey);
        QCOMPARE(reasonOf([&] { (void)open(trailing, m_alice); }), Reason::Damaged);
        SecureBuffer cut = samplePayload().encode();
        cut.truncate(cut.size() - 3);
        const std::string shortened =
            BundleSealer::seal(sampleHeader(m_clock.nowUtc()), cut, m_alice.publicKey(),
                               m_vault.secretKey, m_vault.publicKey);
        QCOMPARE(reasonOf([&] { (void)open(shortened, m_alice); }), Reason::Damaged);
    }

    // A valid signature does not make a name safe: both readers (this one and the Python
    // reader) refuse names a shell or a .env reader could take for syntax, and duplicates,
    // the same way (exit 10, damaged).
    void signedButUnsafeNamesAreRefusedByBothReaders()
    {
        QTemporaryDir dir;
        const std::string identity = dir.filePath(QStringLiteral("alice.identity")).toStdString();
        m_alice.save(identity, "2026-11-23T00:00:00Z");
        const QString vaultKey =
            QString::fromLatin1(QByteArray::fromStdString(m_vault.publicKey).toBase64());
        const auto refusedByBoth = [&](const BundlePayload& payload, const char* what) {
            const std::string file = sealFor(m_alice, sampleHeader(m_clock.nowUtc()), payload);
            QVERIFY2(reasonOf([&] { (void)open(file, m_alice); }) == Reason::Damaged, what);
            const QString path = dir.filePath(QStringLiteral("bad.svb"));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QVERIFY(out.write(file.data(), static_cast<qint64>(file.size())) ==
                    static_cast<qint64>(file.size()));
            out.close();
            QProcess python;
            python.start(QStringLiteral("/usr/bin/python3"),
                         {qEnvironmentVariable("SCOPEVAULT_SOURCE_DIR") +
                              QStringLiteral("/packaging/python/scopevault_bundle.py"),
                          path, QStringLiteral("--identity"), QString::fromStdString(identity),
                          QStringLiteral("--vault-key"), vaultKey, QStringLiteral("--now-ms"),
                          QString::number(ms(m_clock.nowUtc()))});
            QVERIFY(python.waitForFinished(30000));
            QVERIFY2(python.exitCode() == 10,
                     qPrintable(QString::fromLatin1(what) + QStringLiteral(": ") +
                                QString::fromUtf8(python.readAllStandardError())));
            QVERIFY(python.readAllStandardOutput().isEmpty());
        };
        for (const std::string& name :
             {std::string("A=B"), std::string("A\nB"), std::string("A\0B", 3),
              std::string("X; touch pwned #"), std::string("1ABC"), std::string("")}) {
            BundlePayload payload = samplePayload();
            payload.secrets.front().name = name;
            refusedByBoth(payload, "unsafe secret name");
        }
        BundlePayload twiceListed = samplePayload();
        twiceListed.actions.push_back(twiceListed.actions.front());
        refusedByBoth(twiceListed, "action listed twice");
        BundlePayload badAction = samplePayload();
        badAction.actions.front() = "payments/charge; rm -rf";
        refusedByBoth(badAction, "action not PACK/ACTION");
        BundlePayload duplicate = samplePayload();
        duplicate.secrets.push_back(secret("EMPTY", "payments:EMPTY", QByteArray("again"), {0}));
        refusedByBoth(duplicate, "secret listed twice");
        BundlePayload doubleUse = samplePayload();
        doubleUse.secrets.front().actions = {0, 0};
        refusedByBoth(doubleUse, "one action twice in a secret");
        // The sample itself (two STRIPE_KEY entries from different scopes) stays valid.
        const std::string good = sealFor(m_alice, sampleHeader(m_clock.nowUtc()));
        QCOMPARE(open(good, m_alice).payload.secrets.size(), samplePayload().secrets.size());
    }

    // 20 positions spread over the whole file: each flip is refused, for the reason the spec
    // gives for that region.
    void everyFlippedByteIsRefused()
    {
        const std::string file = sealFor(m_alice, sampleHeader(m_clock.nowUtc()));
        const std::size_t nameEnd = BundleHeader::FixedBytes + 5; // "alice"
        for (std::size_t i = 0; i < 20; ++i) {
            const std::size_t at = i * (file.size() - 1) / 19;
            std::string flipped = file;
            flipped[at] = char(flipped[at] ^ 0x01);
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
        const std::string stdPath = path.toStdString();
        m_alice.save(stdPath, "2026-11-23T10:00:00Z");
        QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());
        struct stat info
        {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        const AgentIdentity loaded = AgentIdentity::load(stdPath);
        QCOMPARE(loaded.publicKey(), m_alice.publicKey());
        QVERIFY(loaded.secretKey().equals(m_alice.secretKey()));
        QCOMPARE(agentCodeOf([&] { m_bob.save(stdPath, "now"); }), ErrorCode::Usage); // kept
        QCOMPARE(AgentIdentity::load(stdPath).publicKey(), m_alice.publicKey());

        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadOther);
        QCOMPARE(agentCodeOf([&] { (void)AgentIdentity::load(stdPath); }), ErrorCode::Denied);

        const QString bad = dir.filePath(QStringLiteral("bad.identity"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# comment\n\nSCOPEVAULT-AGENT-IDENTITY-1 dG9vIHNob3J0\n");
        file.close();
        QFile::setPermissions(bad, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        try {
            (void)AgentIdentity::load(bad.toStdString());
            QFAIL("a short key was accepted");
        } catch (const AgentError& error) {
            QVERIFY2(std::string(error.what()).find(bad.toStdString() + ":3:") != std::string::npos,
                     error.what());
        }
        QCOMPARE(agentCodeOf([&] {
                     (void)AgentIdentity::load(dir.filePath(QStringLiteral("none")).toStdString());
                 }),
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
