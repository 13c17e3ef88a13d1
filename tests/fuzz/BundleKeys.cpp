#include "BundleKeys.h"

#include "BundlePayload.h"
#include "BundleSealer.h"

#include <sodium.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace scopevault::fuzz {

namespace {

AgentIdentity fixedIdentity()
{
    // 32 fixed bytes as an identity file (the format scopevault-agent keygen writes).
    unsigned char secret[AgentIdentity::KeyBytes];
    for (int i = 0; i < AgentIdentity::KeyBytes; ++i) {
        secret[i] = static_cast<unsigned char>(i * 7 + 3);
    }
    char encoded[64];
    sodium_bin2base64(encoded, sizeof encoded, secret, sizeof secret,
                      sodium_base64_VARIANT_ORIGINAL);
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("identity"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        std::abort();
    }
    file.write(QByteArray("SCOPEVAULT-AGENT-IDENTITY-1 ") + encoded + '\n');
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return AgentIdentity::load(QFile::encodeName(path).toStdString());
}

} // namespace

const BundleKeys& BundleKeys::get()
{
    static const BundleKeys keys = [] {
        unsigned char seed[crypto_sign_SEEDBYTES];
        for (unsigned i = 0; i < sizeof seed; ++i) {
            seed[i] = static_cast<unsigned char>(200 - i);
        }
        SecureBuffer secret(crypto_sign_SECRETKEYBYTES);
        std::string publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
        crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secret.data(),
                                 seed);
        return BundleKeys{fixedIdentity(), std::move(secret), std::move(publicKey)};
    }();
    return keys;
}

std::string BundleKeys::seal(const SecureBuffer& payload) const
{
    BundleHeader header;
    header.bundleId = std::string(BundleHeader::IdBytes, '\x42');
    header.createdMs = NowMs - 60000;
    header.expiresMs = NowMs + 3600000;
    header.agent = "fuzz-agent";
    return BundleSealer::seal(header, payload, identity.publicKey(), signingSecret, signingPublic);
}

SecureBuffer BundleKeys::samplePayload()
{
    BundlePayload payload;
    payload.actions = {"pay/charge", "mail/send"};
    const auto secret = [](const char* name, const char* reference, const char* provenance,
                           std::vector<std::uint16_t> actions, const char* value) {
        BundleSecret entry;
        entry.name = name;
        entry.reference = reference;
        entry.provenance = provenance;
        entry.version = 3;
        entry.actions = std::move(actions);
        entry.value = SecureBuffer::copyOf(std::string_view(value));
        return entry;
    };
    payload.secrets.push_back(
        secret("STRIPE_KEY", "pay/charge:STRIPE_KEY", "pay/charge", {0}, "sk_test_123"));
    payload.secrets.push_back(
        secret("SMTP_PASSWORD", "mail:SMTP_PASSWORD", "mail", {1}, "hunter2"));
    payload.secrets.push_back(
        secret("OPENAI_API_KEY", "system:OPENAI_API_KEY", "system", {0, 1}, "sk-abc"));
    return payload.encode();
}

} // namespace scopevault::fuzz
