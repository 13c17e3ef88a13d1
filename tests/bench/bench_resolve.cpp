// Resolve + grant check for one agent, per action, on vaults of P packs x 20 actions x 10
// secrets per scope (P = 10, 30, 100 by default), to show the per-action time and how it
// grows with the vault.
//   bench_resolve [--packs 10,30,100]
#include "SqliteVaultRepository.h"
#include "access/AccessPolicy.h"
#include "catalog/AgentName.h"
#include "catalog/AgentService.h"
#include "catalog/GrantService.h"
#include "catalog/ScopeService.h"
#include "secrets/SecretService.h"
#include "store/StoreAccess.h"
#include "store/VaultStore.h"
#include "vault/SystemClock.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sodium.h>

#include <cstdio>

using namespace scopevault;

namespace {

constexpr int ActionsPerPack = 20;
constexpr int SecretsPerScope = 10;

QString secretName(int i)
{
    return QStringLiteral("SECRET_%1").arg(i);
}

void populate(VaultService& vault, int packs)
{
    const SecureBuffer value = SecureBuffer::copyOf("0123456789abcdef0123456789abcdef");
    storeOf(vault).transact([&] {
        for (int s = 0; s < SecretsPerScope; ++s) {
            SecretService(vault).setSecret(SecretRef(Scope::system(), secretName(s)), value);
        }
        for (int p = 0; p < packs; ++p) {
            const QString pack = QStringLiteral("pack%1").arg(p);
            for (int s = 0; s < SecretsPerScope; ++s) {
                SecretService(vault).setSecret(SecretRef(Scope::pack(pack), secretName(s + 5)),
                                               value);
            }
            for (int a = 0; a < ActionsPerPack; ++a) {
                const Scope action = Scope::action(pack, QStringLiteral("action%1").arg(a));
                Action object{pack, action.actionName(), QString(), {}, 0};
                for (int s = 0; s < SecretsPerScope; ++s) {
                    // Declares names that resolve at all three levels and one that is missing.
                    object.declarations.append({secretName(s * 2), QString(), s % 3 != 0});
                    SecretService(vault).setSecret(SecretRef(action, secretName(s + 10)), value);
                }
                storeOf(vault).putObject(object);
            }
        }
    });
    unsigned char pk[crypto_box_PUBLICKEYBYTES];
    unsigned char sk[crypto_box_SECRETKEYBYTES];
    crypto_box_keypair(pk, sk);
    AgentService(vault).add(
        AgentName::parse(QStringLiteral("agent")),
        QString::fromLatin1(QByteArray(reinterpret_cast<char*>(pk), 32).toBase64()), QString());
    for (int p = 0; p < packs; p += 2) {
        GrantService(vault).grant(QStringLiteral("agent"),
                                  GrantTarget(Scope::pack(QStringLiteral("pack%1").arg(p))),
                                  std::nullopt);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--packs"));
    const QStringList sizes =
        (at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QStringLiteral("10,30,100"))
            .split(QLatin1Char(','));
    SystemClock clock;
    std::printf("%6s %8s %8s %10s %10s %12s %14s\n", "packs", "actions", "secrets", "unlock+cat",
                "index", "per action", "delivered/act");
    for (const QString& size : sizes) {
        const int packs = size.toInt();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.svdb"));
        const SecureBuffer pass = SecureBuffer::copyOf("bench");
        {
            SqliteVaultRepository repository(path);
            VaultService vault(repository, clock);
            vault.create(pass, KdfParams{1, 8 * 1024 * 1024});
            populate(vault, packs);
        }
        SqliteVaultRepository repository(path);
        VaultService vault(repository, clock);
        QElapsedTimer timer;
        timer.start();
        vault.unlock(pass);
        const Catalog& catalog = vault.catalog();
        const double catalogMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        const SecretIndex index = SecretService(vault).secretIndex();
        const double indexMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        const QDateTime now = clock.nowUtc();
        std::size_t delivered = 0;
        const QList<Action> actions = catalog.actions().values();
        timer.restart();
        constexpr int Rounds = 5;
        for (int round = 0; round < Rounds; ++round) {
            for (const Action& action : actions) {
                delivered += static_cast<std::size_t>(
                    AccessPolicy::deliverable(catalog, index, QStringLiteral("agent"),
                                              action.scope(), now)
                        .size());
            }
        }
        const double perActionUs = static_cast<double>(timer.nsecsElapsed()) / 1e3 /
                                   (Rounds * static_cast<double>(actions.size()));
        std::printf("%6d %8lld %8d %8.1fms %8.1fms %10.2fus %14.2f\n", packs,
                    static_cast<long long>(actions.size()), vault.info().secretCount, catalogMs,
                    indexMs, perActionUs,
                    static_cast<double>(delivered) /
                        (Rounds * static_cast<double>(actions.size())));
    }
    std::printf("unlock+cat: unlock (KDF custom:1,8) and decrypt every catalog object;\n"
                "index: decrypt every secret's metadata once; per action: resolve + grant "
                "check of one agent (half the packs granted).\n");
    return 0;
}
