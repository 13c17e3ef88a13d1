#include "import/SecretImporter.h"

#include "store/StoreAccess.h"
#include "store/VaultStore.h"

#include "audit/AuditEvent.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace scopevault {

SecretImporter::SecretImporter(VaultService& vault)
    : m_store(storeOf(vault))
    , m_secrets(vault)
{}

QString SecretImporter::kindName(Outcome::Kind kind)
{
    switch (kind) {
    case Outcome::Kind::Added:
        return QStringLiteral("add");
    case Outcome::Kind::Updated:
        return QStringLiteral("update");
    case Outcome::Kind::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Kind::Skipped:
        return QStringLiteral("skip");
    }
    return {};
}

std::vector<SecretImporter::Outcome>
SecretImporter::run(const Scope& scope, const std::vector<Item>& items, bool dryRun,
                    const OverwritePolicy& mayOverwrite, AuditAction auditAction,
                    const QString& source)
{
    // A name given twice (as .env files allow) takes its last value, as loaders do.
    QHash<QString, std::size_t> last;
    for (std::size_t i = 0; i < items.size(); ++i) {
        last.insert(items[i].name, i);
    }
    std::vector<Outcome> outcomes;
    m_store.transact([&] {
        for (std::size_t i = 0; i < items.size(); ++i) {
            const Item& item = items[i];
            if (last.value(item.name) != i) {
                outcomes.push_back({item.name, item.origin, Outcome::Kind::Skipped,
                                    QCoreApplication::translate("SecretImporter",
                                                                "given again later in the file")});
                continue;
            }
            const SecretRef ref(scope, item.name);
            Outcome outcome{item.name, item.origin, Outcome::Kind::Added, QString()};
            if (m_secrets.secretExists(ref)) {
                if (m_secrets.valueEquals(ref, item.value.view())) {
                    outcome.kind = Outcome::Kind::Unchanged;
                } else if (mayOverwrite(ref)) {
                    outcome.kind = Outcome::Kind::Updated;
                } else {
                    outcome.kind = Outcome::Kind::Skipped;
                    outcome.reason =
                        QCoreApplication::translate("SecretImporter", "exists with another value");
                    outcome.remedy = VaultError::Remedy::OverwriteValue;
                }
            }
            if (!dryRun &&
                (outcome.kind == Outcome::Kind::Added || outcome.kind == Outcome::Kind::Updated)) {
                SecretChange change;
                change.how = ValueChange::Import;
                m_secrets.setSecret(ref, item.value.view(), change);
            }
            outcomes.push_back(outcome);
        }
        if (!dryRun) {
            QJsonObject counts{{QStringLiteral("scope"), scope.toString()}};
            for (const Outcome& outcome : outcomes) {
                const QString key = kindName(outcome.kind);
                counts.insert(key, counts.value(key).toInt() + 1);
            }
            m_store.record({auditAction, source, AuditEvent::Outcome::Success, counts});
        }
    });
    return outcomes;
}

} // namespace scopevault
