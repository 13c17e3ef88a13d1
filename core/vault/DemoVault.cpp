#include "vault/DemoVault.h"
#include "catalog/AgentName.h"

#include "catalog/AgentService.h"
#include "catalog/Declaration.h"
#include "catalog/GrantService.h"
#include "catalog/ScopeService.h"
#include "secrets/SecretChange.h"
#include "secrets/SecretService.h"
#include "store/StoreAccess.h"
#include "store/VaultStore.h"
#include "vault/VaultService.h"

#include <QByteArray>

#include <sodium.h>

namespace scopevault {

namespace {

void put(VaultService& vault, const QString& ref, const QString& description)
{
    QByteArray value(12, '\0');
    randombytes_buf(value.data(), static_cast<std::size_t>(value.size()));
    const QByteArray text = "demo-" + value.toHex();
    SecretChange change;
    change.description = description;
    SecretService(vault).setSecret(SecretRef::parse(ref), SecureBuffer::copyOf(text), change);
}

QString demoPublicKey()
{
    unsigned char publicKey[crypto_box_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_box_SECRETKEYBYTES];
    crypto_box_keypair(publicKey, secretKey);
    sodium_memzero(secretKey, sizeof secretKey);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(publicKey), sizeof publicKey).toBase64());
}

void declare(ScopeService& scopes, const Scope& action, const QString& name,
             const QString& description, bool required)
{
    scopes.declare(action, Declaration{name, description, required});
}

} // namespace

void DemoVault::populate(VaultService& vault)
{
    storeOf(vault).transact([&] {
        ScopeService scopes(vault);
        const Scope screening =
            Scope::action(QStringLiteral("finance"), QStringLiteral("wallet_screening"));
        const Scope mica = Scope::action(QStringLiteral("finance"), QStringLiteral("mica_module"));
        const Scope sms = Scope::action(QStringLiteral("comms"), QStringLiteral("notify_sms"));
        const Scope masker = Scope::action(QStringLiteral("comms"), QStringLiteral("pii_masker"));
        scopes.create(Scope::pack(QStringLiteral("finance")),
                      QStringLiteral("Crypto-asset compliance skills"));
        scopes.create(Scope::pack(QStringLiteral("comms")), QStringLiteral("Messaging skills"));
        scopes.create(screening, QStringLiteral("Screens a wallet against sanctions lists"));
        scopes.create(mica, QStringLiteral("MiCA classification of crypto assets"));
        scopes.create(sms, QStringLiteral("Sends an SMS through Twilio"));
        scopes.create(masker, QStringLiteral("Masks personal data; needs no secrets"));
        declare(scopes, screening, QStringLiteral("ETHERSCAN_API_KEY"),
                QStringLiteral("API key for Etherscan"), true);
        declare(scopes, screening, QStringLiteral("CHAINALYSIS_API_KEY"),
                QStringLiteral("Optional Chainalysis sanctions API key"), false);
        declare(scopes, mica, QStringLiteral("OPENAI_API_KEY"), QString(), true);
        declare(scopes, mica, QStringLiteral("ETHERSCAN_API_KEY"), QString(), true);
        declare(scopes, sms, QStringLiteral("TWILIO_ACCOUNT_SID"), QString(), true);
        declare(scopes, sms, QStringLiteral("TWILIO_AUTH_TOKEN"), QString(), true);
        declare(scopes, sms, QStringLiteral("TWILIO_FROM_NUMBER"),
                QStringLiteral("Sender number, E.164"), true);

        put(vault, QStringLiteral("system:OPENAI_API_KEY"), QStringLiteral("OpenAI, team account"));
        put(vault, QStringLiteral("system:ANTHROPIC_API_KEY"), QStringLiteral("Anthropic, team"));
        put(vault, QStringLiteral("finance:ETHERSCAN_API_KEY"),
            QStringLiteral("Etherscan, shared free tier"));
        put(vault, QStringLiteral("finance/wallet_screening:ETHERSCAN_API_KEY"),
            QStringLiteral("Etherscan, paid tier for screening"));
        put(vault, QStringLiteral("comms/notify_sms:TWILIO_ACCOUNT_SID"),
            QStringLiteral("Twilio account"));
        put(vault, QStringLiteral("comms/notify_sms:TWILIO_AUTH_TOKEN"),
            QStringLiteral("Twilio auth token; rotate quarterly"));

        AgentService agents(vault);
        agents.add(AgentName::parse(QStringLiteral("alice")), demoPublicKey(),
                   QStringLiteral("Compliance agent (hermes profile alice)"));
        agents.add(AgentName::parse(QStringLiteral("bob")), demoPublicKey(),
                   QStringLiteral("Notification agent (hermes profile bob)"));
        agents.add(AgentName::parse(QStringLiteral("carol")), demoPublicKey(),
                   QStringLiteral("Experimental agent, on hold"));
        GrantService grants(vault);
        grants.grant(QStringLiteral("alice"), GrantTarget(screening), std::nullopt);
        grants.grant(QStringLiteral("alice"), GrantTarget(mica),
                     vault.clock().nowUtc().addDays(30));
        grants.grant(QStringLiteral("bob"), GrantTarget(Scope::pack(QStringLiteral("comms"))),
                     std::nullopt);
        agents.setStatus(QStringLiteral("carol"), Agent::Status::Suspended);
    });
}

} // namespace scopevault
