#include "keychain/RollbackAnchor.h"

#include "audit/AuditAction.h"
#include "audit/AuditEvent.h"
#include "catalog/Setting.h"
#include "catalog/SettingsService.h"
#include "keychain/KeychainNames.h"
#include "ports/KeyStore.h"
#include "store/VaultStore.h"
#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace scopevault {

namespace {

const QString AnchorKey = QString::fromLatin1(SettingsService::KeychainAnchor);

} // namespace

RollbackAnchor::RollbackAnchor(VaultStore& store)
    : m_store(store)
{}

bool RollbackAnchor::armed()
{
    return m_store.keyStore() != nullptr &&
           SettingsService::valueIn(m_store.catalog(), AnchorKey) == QLatin1String("on");
}

void RollbackAnchor::arm()
{
    const QString previous = SettingsService::valueIn(m_store.catalog(), AnchorKey);
    if (previous == QLatin1String("on")) {
        return;
    }
    m_store.transact([&] {
        m_store.putObject(Setting{AnchorKey, QStringLiteral("on")});
        m_store.record({AuditAction::SettingChanged, AnchorKey, AuditEvent::Outcome::Success,
                        QJsonObject{{QStringLiteral("from"), previous},
                                    {QStringLiteral("to"), QStringLiteral("on")}}});
    });
}

QByteArray RollbackAnchor::currentEntry()
{
    const auto [seq, root] = m_store.repository().committedState();
    return QByteArray::number(seq) + ' ' + root.toHex();
}

std::optional<QString> RollbackAnchor::check()
{
    if (!armed()) {
        return std::nullopt;
    }
    std::optional<QByteArray> entry;
    try {
        entry = m_store.keyStore()->read(KeychainNames::anchor(m_store.header().vaultId));
    } catch (const VaultError& error) {
        m_store.setAnchorUnreachable();
        //: %1 is the vault file, %2 why the keychain failed
        m_store.warn(QCoreApplication::translate("RollbackAnchor",
                                                 "could not check %1 against the OS keychain's "
                                                 "record of its latest state: %2")
                         .arg(m_store.location(), error.message()));
        return std::nullopt;
    }
    if (!entry) {
        return std::nullopt; // first use on this computer: update() records it
    }
    const QList<QByteArray> parts = entry->split(' ');
    bool ok = false;
    const quint64 anchored = parts.value(0).toULongLong(&ok);
    const auto [seq, root] = m_store.repository().committedState();
    if (!ok || parts.size() != 2) {
        return QCoreApplication::translate("RollbackAnchor",
                                           "the OS keychain's record of %1 is unreadable")
            .arg(m_store.location());
    }
    if (seq < anchored) {
        //: %1 the vault file; %2 and %3 state numbers
        return QCoreApplication::translate("RollbackAnchor",
                                           "%1 is older than the copy this computer last saw "
                                           "(state %2; the OS keychain records state %3): it "
                                           "was rolled back or restored from a backup")
            .arg(m_store.location())
            .arg(seq)
            .arg(anchored);
    }
    if (seq == anchored && QByteArray::fromHex(parts.value(1)) != root) {
        return QCoreApplication::translate("RollbackAnchor",
                                           "%1 is not the copy this computer last saw (state %2 "
                                           "holds other contents): another copy of the file "
                                           "replaced it")
            .arg(m_store.location())
            .arg(seq);
    }
    return std::nullopt;
}

void RollbackAnchor::update()
{
    if (!armed() || m_store.anchorUnreachable()) {
        return;
    }
    try {
        m_store.keyStore()->write(KeychainNames::anchor(m_store.header().vaultId), currentEntry());
    } catch (const VaultError& error) {
        m_store.warn(QCoreApplication::translate("RollbackAnchor",
                                                 "the OS keychain did not take the latest state "
                                                 "of %1: %2")
                         .arg(m_store.location(), error.message()));
    }
}

} // namespace scopevault
