#include "keychain/QuickUnlockService.h"

#include "audit/AuditAction.h"
#include "audit/AuditEvent.h"
#include "catalog/SettingsService.h"
#include "crypto/VaultKeys.h"
#include "keychain/KeychainNames.h"
#include "keychain/RollbackAnchor.h"
#include "ports/KeyStore.h"
#include "store/StoreAccess.h"
#include "store/VaultStore.h"
#include "text/Duration.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <sodium.h>

namespace scopevault {

namespace {

constexpr char Tag[] = "SVQ1";
constexpr int TagBytes = 4;
constexpr int TimeBytes = 8;

QByteArray timeBytes(qint64 ms)
{
    QByteArray bytes;
    for (int shift = 56; shift >= 0; shift -= 8) {
        bytes.append(static_cast<char>((static_cast<quint64>(ms) >> shift) & 0xff));
    }
    return bytes;
}

qint64 timeOf(const QByteArray& bytes)
{
    quint64 value = 0;
    for (const char byte : bytes) {
        value = (value << 8) | static_cast<unsigned char>(byte);
    }
    return static_cast<qint64>(value);
}

QByteArray aadOf(const QByteArray& vaultId, qint64 createdMs)
{
    return QByteArrayLiteral("scopevault quick unlock") + vaultId + timeBytes(createdMs);
}

struct Wrap
{
    qint64 createdMs = 0;
    QByteArray wrapped;
};

std::optional<Wrap> parse(const std::optional<QByteArray>& row)
{
    if (!row || row->size() <= TagBytes + TimeBytes || !row->startsWith(Tag)) {
        return std::nullopt;
    }
    return Wrap{timeOf(row->mid(TagBytes, TimeBytes)), row->mid(TagBytes + TimeBytes)};
}

} // namespace

QuickUnlockService::QuickUnlockService(VaultService& vault)
    : m_vault(vault)
    , m_store(storeOf(vault))
{}

QString QuickUnlockService::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Asked:
        return QStringLiteral("asked");
    case Reason::Expired:
        return QStringLiteral("expired");
    case Reason::PassphraseChanged:
        return QStringLiteral("passphrase-changed");
    case Reason::KeyRotated:
        return QStringLiteral("key-rotated");
    case Reason::Mismatch:
        return QStringLiteral("mismatch");
    case Reason::Missing:
        return QStringLiteral("missing");
    }
    return QString();
}

QuickUnlockService::Status QuickUnlockService::status()
{
    if (!m_store.isOpen()) {
        m_vault.open();
    }
    Status status;
    const std::optional<Wrap> wrap = parse(m_store.repository().quickUnlockWrap());
    if (!wrap) {
        return status;
    }
    status.enabled = true;
    status.since = QDateTime::fromMSecsSinceEpoch(wrap->createdMs, Qt::UTC);
    if (m_store.isUnlocked()) {
        const qint64 lifetime = Duration::parseSeconds(SettingsService::valueIn(
            m_store.catalog(), QString::fromLatin1(SettingsService::QuickUnlockLifetime)));
        status.expires = status.since.addSecs(lifetime);
    }
    return status;
}

void QuickUnlockService::enable()
{
    m_store.requirePassphraseUnlock(
        QCoreApplication::translate("QuickUnlockService", "turning quick unlock on"));
    KeyStore& keychain =
        m_store.requireKeyStore(QCoreApplication::translate("QuickUnlockService", "quick unlock"));
    const qint64 now = m_store.nowMs();
    SecureBuffer key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    randombytes_buf(key.data(), key.size());
    const QByteArray wrapped = m_store.keys().wrapUnder(key, aadOf(m_store.header().vaultId, now));
    QByteArray entry(reinterpret_cast<const char*>(key.data()), static_cast<qsizetype>(key.size()));
    try {
        keychain.write(KeychainNames::quickUnlock(m_store.header().vaultId), entry);
    } catch (...) {
        sodium_memzero(entry.data(), static_cast<size_t>(entry.size()));
        throw;
    }
    sodium_memzero(entry.data(), static_cast<size_t>(entry.size()));
    const QString lifetime = SettingsService::valueIn(
        m_store.catalog(), QString::fromLatin1(SettingsService::QuickUnlockLifetime));
    m_store.transact([&] {
        m_store.repository().setQuickUnlockWrap(QByteArray(Tag, TagBytes) + timeBytes(now) +
                                                wrapped);
        RollbackAnchor(m_store).arm();
        m_store.record({AuditAction::VaultQuickUnlockEnabled, QString(),
                        AuditEvent::Outcome::Success,
                        QJsonObject{{QStringLiteral("lifetime"), lifetime}}});
    });
}

void QuickUnlockService::forget(Reason reason)
{
    if (!m_store.isOpen()) {
        m_vault.open();
    }
    const bool had = m_store.repository().quickUnlockWrap().has_value();
    m_store.repository().transact([&] {
        m_store.repository().setQuickUnlockWrap(std::nullopt);
        if (had && m_store.isUnlocked()) {
            m_store.record({AuditAction::VaultQuickUnlockForgotten, QString(),
                            AuditEvent::Outcome::Success,
                            QJsonObject{{QStringLiteral("reason"), reasonName(reason)}}});
        }
    });
    if (m_store.keyStore() == nullptr) {
        return;
    }
    try {
        m_store.keyStore()->remove(KeychainNames::quickUnlock(m_store.header().vaultId));
    } catch (const VaultError& error) {
        m_store.warn(QCoreApplication::translate("QuickUnlockService",
                                                 "quick unlock is off, but the OS keychain "
                                                 "still holds its key (useless without the "
                                                 "file's wrap): %1")
                         .arg(error.message()));
    }
}

QString QuickUnlockService::refuse(Reason reason)
{
    const QString file = m_store.location();
    switch (reason) {
    case Reason::Expired:
        //: %1 the vault file
        return QCoreApplication::translate("QuickUnlockService",
                                           "quick unlock of %1 has expired and was turned off: "
                                           "unlock with the passphrase")
            .arg(file);
    case Reason::Missing:
        return QCoreApplication::translate("QuickUnlockService",
                                           "the OS keychain gives no quick unlock key for %1 "
                                           "(the keyring is locked, or the key was deleted): "
                                           "unlock with the passphrase")
            .arg(file);
    default:
        break;
    }
    return QCoreApplication::translate("QuickUnlockService",
                                       "the OS keychain's quick unlock key does not open %1 "
                                       "(the file or the keychain changed); quick unlock was "
                                       "turned off: unlock with the passphrase")
        .arg(file);
}

void QuickUnlockService::unlock()
{
    m_vault.lock();
    m_vault.open();
    const std::optional<QByteArray> row = m_store.repository().quickUnlockWrap();
    if (!row) {
        throw VaultError(ErrorCode::NotFound,
                         QCoreApplication::translate("QuickUnlockService",
                                                     "quick unlock is not enabled for %1: unlock "
                                                     "with the passphrase, then turn it on")
                             .arg(m_store.location()));
    }
    KeyStore& keychain =
        m_store.requireKeyStore(QCoreApplication::translate("QuickUnlockService", "quick unlock"));
    const std::optional<Wrap> wrap = parse(row);
    std::optional<QByteArray> entry;
    try {
        entry = keychain.read(KeychainNames::quickUnlock(m_store.header().vaultId));
    } catch (const VaultError& error) {
        //: %1 the vault file, %2 why the keychain failed
        throw VaultError(error.code(),
                         QCoreApplication::translate(
                             "QuickUnlockService", "%1: cannot unlock through the OS keychain: %2")
                             .arg(m_store.location(), error.message()));
    }
    if (!entry) {
        // A locked keyring answers like one without the entry: quick unlock stays on.
        throw VaultError(ErrorCode::WrongPassphrase, refuse(Reason::Missing));
    }
    if (!wrap) {
        forget(Reason::Mismatch);
        throw VaultError(ErrorCode::WrongPassphrase, refuse(Reason::Mismatch));
    }
    SecureBuffer key(static_cast<size_t>(entry->size()));
    std::copy(entry->cbegin(), entry->cend(), reinterpret_cast<char*>(key.data()));
    sodium_memzero(entry->data(), static_cast<size_t>(entry->size()));
    std::optional<VaultKeys> keys =
        VaultKeys::unwrapFrom(key, wrap->wrapped, aadOf(m_store.header().vaultId, wrap->createdMs));
    if (!keys) {
        forget(Reason::Mismatch);
        throw VaultError(ErrorCode::WrongPassphrase, refuse(Reason::Mismatch));
    }
    m_vault.unlockWithVaultKeys(std::make_unique<VaultKeys>(std::move(*keys)), false);
    const Status now = status();
    if (now.expires && m_store.nowMs() >= now.expires->toMSecsSinceEpoch()) {
        forget(Reason::Expired);
        m_vault.lock();
        throw VaultError(ErrorCode::WrongPassphrase, refuse(Reason::Expired));
    }
}

} // namespace scopevault
