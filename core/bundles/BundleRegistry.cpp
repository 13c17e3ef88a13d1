#include "bundles/BundleRegistry.h"

#include "store/StoreAccess.h"
#include "store/VaultStore.h"
#include "vault/VaultError.h"

#include <QCoreApplication>

namespace scopevault {

BundleRegistry::BundleRegistry(VaultService& vault)
    : m_store(storeOf(vault))
{}

void BundleRegistry::registerBundle(const IssuedBundle& bundle)
{
    m_store.requireUnlocked();
    const QByteArray sealed =
        m_store.cipher().seal(bundle.encode(), {bundle.id, 1, RecordCipher::Field::Bundle});
    m_store.transact([&] {
        m_store.repository().insertBundle({bundle.id, bundle.createdMs, bundle.expiresMs, sealed});
    });
}

namespace {

std::optional<IssuedBundle> openBundleRecord(const RecordCipher& cipher, const BundleRecord& record)
{
    QByteArray plain;
    if (!cipher.openUnguarded(record.payload, {record.id, 1, RecordCipher::Field::Bundle}, plain)) {
        return std::nullopt;
    }
    return IssuedBundle::decode(plain, record.id, record.createdMs, record.expiresMs);
}

} // namespace

std::optional<IssuedBundle> BundleRegistry::issuedBundle(const QByteArray& id)
{
    m_store.requireUnlocked();
    const std::optional<BundleRecord> record = m_store.repository().findBundle(id);
    if (!record) {
        return std::nullopt;
    }
    std::optional<IssuedBundle> bundle = openBundleRecord(m_store.cipher(), *record);
    if (!bundle) {
        throw VaultError(ErrorCode::Integrity,
                         QCoreApplication::translate("BundleRegistry",
                                                     "bundle record %1 in %2 failed authentication")
                             .arg(QString::fromLatin1(id.toHex()), m_store.location()));
    }
    return bundle;
}

QList<IssuedBundle> BundleRegistry::issuedBundles()
{
    m_store.requireUnlocked();
    QList<IssuedBundle> result;
    for (const BundleRecord& record : m_store.repository().bundles()) {
        std::optional<IssuedBundle> bundle = openBundleRecord(m_store.cipher(), record);
        if (!bundle) {
            throw VaultError(ErrorCode::Integrity,
                             QCoreApplication::translate(
                                 "BundleRegistry", "bundle record %1 in %2 failed authentication")
                                 .arg(QString::fromLatin1(record.id.toHex()), m_store.location()));
        }
        result.append(std::move(*bundle));
    }
    return result;
}

bool BundleRegistry::receiptSeen(const QString& receiptId)
{
    m_store.requireUnlocked();
    return m_store.repository().hasReceipt(
        m_store.cipher().lookupTag(QStringLiteral("receipt:") + receiptId));
}

void BundleRegistry::rememberReceipt(const QString& receiptId)
{
    m_store.requireUnlocked();
    const QByteArray tag = m_store.cipher().lookupTag(QStringLiteral("receipt:") + receiptId);
    m_store.transact([&] { m_store.repository().insertReceipt(tag, m_store.nowMs()); });
}

} // namespace scopevault
