#include "vault/DemoVault.h"
#include "catalog/AgentName.h"

#include "audit/AuditAction.h"
#include "audit/AuditActor.h"
#include "audit/AuditEvent.h"
#include "bundles/BundleService.h"
#include "catalog/AgentService.h"
#include "catalog/Declaration.h"
#include "catalog/GrantService.h"
#include "catalog/ScopeService.h"
#include "rotation/RotationService.h"
#include "secrets/SecretChange.h"
#include "secrets/SecretService.h"
#include "store/StoreAccess.h"
#include "store/VaultStore.h"
#include "vault/OffsetClock.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QByteArray>
#include <QFileInfo>
#include <QJsonObject>

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

void DemoVault::populate(VaultService& vault, OffsetClock* history)
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
                     // 30 days from today, also when the history starts a month back.
                     vault.clock().nowUtc().addDays(30 + (history ? HistoryDays : 0)));
        grants.grant(QStringLiteral("bob"), GrantTarget(Scope::pack(QStringLiteral("comms"))),
                     std::nullopt);
        agents.setStatus(QStringLiteral("carol"), Agent::Status::Suspended);

        // Rotation: defaults on the packs, and secrets of their own; with the month of
        // history, OpenAI's key is overdue, Anthropic's and the screening key are due soon,
        // the shared Etherscan trial has expired (see writeHistory).
        RotationService rotation(vault);
        const qint64 day = 24LL * 3600;
        const QDate today = vault.clock().nowUtc().date().addDays(history ? HistoryDays : 0);
        rotation.setPolicy(GrantTarget(Scope::pack(QStringLiteral("comms"))),
                           {90 * day, 14 * day, std::nullopt, false});
        rotation.setPolicy(GrantTarget(Scope::pack(QStringLiteral("finance"))),
                           {180 * day, 14 * day, std::nullopt, false});
        rotation.setPolicy(GrantTarget(SecretRef::parse(QStringLiteral("system:OPENAI_API_KEY"))),
                           {28 * day, 7 * day, std::nullopt, false});
        rotation.setPolicy(
            GrantTarget(SecretRef::parse(QStringLiteral("system:ANTHROPIC_API_KEY"))),
            {std::nullopt, 14 * day, today.addDays(10), false});
        rotation.setPolicy(
            GrantTarget(SecretRef::parse(QStringLiteral("finance:ETHERSCAN_API_KEY"))),
            {std::nullopt, 14 * day, today.addDays(-3), false});
        rotation.setPolicy(GrantTarget(SecretRef::parse(
                               QStringLiteral("finance/wallet_screening:ETHERSCAN_API_KEY"))),
                           {21 * day, 14 * day, std::nullopt, false});
    });
    if (history) {
        writeHistory(vault, *history);
    }
}

void DemoVault::writeHistory(VaultService& vault, OffsetClock& clock)
{
    constexpr qint64 Day = 24LL * 3600 * 1000;
    constexpr qint64 Hour = 3600LL * 1000;
    VaultStore& store = storeOf(vault);
    SecretService secrets(vault);
    const SecretRef openai = SecretRef::parse(QStringLiteral("system:OPENAI_API_KEY"));
    const SecretRef twilio = SecretRef::parse(QStringLiteral("comms/notify_sms:TWILIO_AUTH_TOKEN"));
    const SecretRef etherscan =
        SecretRef::parse(QStringLiteral("finance/wallet_screening:ETHERSCAN_API_KEY"));
    const AuditActor alice = AuditActor::agent(AgentName::parse(QStringLiteral("alice")));
    const AuditActor bob = AuditActor::agent(AgentName::parse(QStringLiteral("bob")));
    const auto at = [&](int day, int hour) {
        clock.setOffsetMs(-(HistoryDays - day) * Day + hour * Hour);
    };
    const auto released = [&](const AuditActor& agent, const QString& action, int count) {
        store.recordAs({AuditAction::AgentSecretsReleased, action, AuditEvent::Outcome::Success,
                        QJsonObject{{QStringLiteral("secrets"), count},
                                    {QStringLiteral("source"), QStringLiteral("demo receipt")}}},
                       agent);
    };
    for (int day = 1; day < HistoryDays; ++day) {
        // Working days are busier; the agents run every day.
        const bool weekday = day % 7 != 5 && day % 7 != 6;
        at(day, 8);
        released(alice, QStringLiteral("finance/wallet_screening"), 2);
        at(day, 9);
        released(bob, QStringLiteral("comms/notify_sms"), 3);
        if (weekday) {
            at(day, 10);
            (void)secrets.readValue(openai, SecretService::ReadPurpose::Copy);
            at(day, 14);
            released(alice, QStringLiteral("finance/mica_module"), 2);
            (void)secrets.readValue(etherscan, SecretService::ReadPurpose::Reveal);
        }
        if (day % 4 == 0) {
            at(day, 16);
            // carol is suspended: an export for her is refused (and recorded as such).
            store.recordFailure(
                AuditAction::BundleExported, QStringLiteral("carol"),
                VaultError(ErrorCode::Denied, QStringLiteral("agent carol is suspended")));
        }
        // The admin locks at the end of the day: a signed checkpoint.
        at(day, 18);
        store.audit().checkpoint();
        if (day == 12) {
            at(day, 11);
            // The Twilio token is rotated (the description asks for it quarterly).
            SecretChange change;
            change.how = ValueChange::Rotate;
            secrets.setSecret(twilio, SecureBuffer::copyOf(std::string_view("demo-rotated")),
                              change);
        }
        if (day == 3) {
            // alice's bundle: it still holds the screening key's first version after day 22.
            at(day, 12);
            BundleRequest request;
            request.agent = QStringLiteral("alice");
            request.lifetimeSeconds = 60LL * 24 * 3600;
            request.outPath =
                QFileInfo(store.location()).absolutePath() + QStringLiteral("/alice.svb");
            (void)BundleService(vault).exportBundle(request);
        }
        if (day == 6 || day == 22) {
            // The screening key: changed once by hand, then rotated to the paid tier.
            at(day, 13);
            SecretChange change;
            change.how = day == 6 ? ValueChange::Set : ValueChange::Rotate;
            QByteArray value(12, '\0');
            randombytes_buf(value.data(), static_cast<std::size_t>(value.size()));
            secrets.setSecret(etherscan, SecureBuffer::copyOf(QByteArray("demo-" + value.toHex())),
                              change);
        }
        if (day == 20) {
            at(day, 15);
            GrantService(vault).revoke(QStringLiteral("bob"),
                                       GrantTarget(Scope::pack(QStringLiteral("comms"))));
            GrantService(vault).grant(
                QStringLiteral("bob"),
                GrantTarget(Scope::action(QStringLiteral("comms"), QStringLiteral("notify_sms"))),
                std::nullopt);
        }
    }
    clock.setOffsetMs(0);
}

} // namespace scopevault
