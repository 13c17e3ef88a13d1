#include "keychain/KeychainValues.h"

#include "keychain/KeychainNames.h"
#include "ports/KeyStore.h"
#include "ports/SecretRecord.h"
#include "store/VaultStore.h"
#include "vault/VaultError.h"

#include <QCoreApplication>

#include <sodium.h>

namespace scopevault {

namespace {

constexpr char MarkerTag[] = "svkc";
constexpr int TagBytes = 4;

QByteArray digestOf(const QByteArray& sealed)
{
    QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()),
                       static_cast<size_t>(digest.size()),
                       reinterpret_cast<const unsigned char*>(sealed.constData()),
                       static_cast<unsigned long long>(sealed.size()), nullptr, 0);
    return digest;
}

} // namespace

KeychainValues::KeychainValues(VaultStore& store)
    : m_store(store)
{}

bool KeychainValues::isMarker(const QByteArray& stored)
{
    return stored.size() == MarkerBytes && stored.startsWith(MarkerTag);
}

QString KeychainValues::entryName(const QByteArray& recordId, const QByteArray& marker) const
{
    return KeychainNames::value(m_store.header().vaultId, recordId, marker.mid(TagBytes));
}

QByteArray KeychainValues::sealed(const QByteArray& recordId, const QByteArray& stored,
                                  const QString& what)
{
    if (!isMarker(stored)) {
        return stored;
    }
    KeyStore& keychain = m_store.requireKeyStore(what);
    std::optional<QByteArray> entry;
    try {
        entry = keychain.read(entryName(recordId, stored));
    } catch (const VaultError& error) {
        //: %1 is a secret reference, %2 why the keychain failed
        throw VaultError(error.code(), QCoreApplication::translate(
                                           "KeychainValues", "%1 is held in the OS keychain: %2")
                                           .arg(what, error.message()));
    }
    if (!entry) {
        throw VaultError(ErrorCode::NotFound,
                         QCoreApplication::translate("KeychainValues",
                                                     "%1 is held in the OS keychain, which gives "
                                                     "no entry for it (the keyring is locked, the "
                                                     "entry was deleted outside Scopevault, or "
                                                     "this is another computer)")
                             .arg(what));
    }
    if (digestOf(*entry) != stored.mid(TagBytes)) {
        throw VaultError(ErrorCode::Integrity,
                         QCoreApplication::translate("KeychainValues",
                                                     "%1: the OS keychain's entry is not the one "
                                                     "this vault stored (replaced or altered)")
                             .arg(what));
    }
    return *entry;
}

QByteArray KeychainValues::place(const QByteArray& recordId, const QByteArray& sealed,
                                 const QString& what)
{
    KeyStore& keychain = m_store.requireKeyStore(what);
    const QByteArray marker = QByteArray(MarkerTag, TagBytes) + digestOf(sealed);
    try {
        keychain.write(entryName(recordId, marker), sealed);
    } catch (const VaultError& error) {
        //: %1 is a secret reference, %2 why the keychain failed
        throw VaultError(error.code(),
                         QCoreApplication::translate(
                             "KeychainValues", "%1 was not stored: the OS keychain failed: %2")
                             .arg(what, error.message()));
    }
    return marker;
}

void KeychainValues::discard(const QByteArray& recordId, const QByteArray& stored,
                             const QString& what)
{
    if (!isMarker(stored) || m_store.keyStore() == nullptr) {
        return;
    }
    try {
        m_store.keyStore()->remove(entryName(recordId, stored));
    } catch (const VaultError& error) {
        //: %1 is a secret reference, %2 why the keychain failed
        m_store.warn(QCoreApplication::translate("KeychainValues",
                                                 "the OS keychain still holds an old entry of "
                                                 "%1 (sealed, useless without the vault): %2")
                         .arg(what, error.message()));
    }
}

void KeychainValues::dropAfterCommit(const SecretRecord& record)
{
    if (!isMarker(record.value)) {
        return;
    }
    VaultStore& store = m_store;
    store.afterCommit([&store, id = record.id, marker = record.value] {
        KeychainValues(store).discard(id, marker, QString::fromLatin1(id.toHex()));
    });
}

void KeychainValues::dropIfRolledBack(const SecretRecord& record)
{
    if (!isMarker(record.value)) {
        return;
    }
    VaultStore& store = m_store;
    store.onRollback([&store, id = record.id, marker = record.value] {
        KeychainValues(store).discard(id, marker, QString::fromLatin1(id.toHex()));
    });
}

KeychainValues::Presence KeychainValues::presence(const QByteArray& recordId,
                                                  const QByteArray& stored, const QString& what)
{
    try {
        (void)sealed(recordId, stored, what);
        return Presence::Present;
    } catch (const VaultError& error) {
        if (error.code() == ErrorCode::NotFound) {
            return Presence::Missing;
        }
        if (error.code() == ErrorCode::Integrity) {
            return Presence::Different;
        }
        throw;
    }
}

} // namespace scopevault
