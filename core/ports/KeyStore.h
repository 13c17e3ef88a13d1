#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace scopevault {

/// The OS keychain as the core sees it: named binary entries of one service. Implemented by
/// platform/QtKeychainStore (Secret Service, macOS Keychain, Windows Credential Manager) and
/// by tests. Every call either completes within the store's timeout or throws
/// VaultError(Other) saying why (no keychain service, locked, denied, did not answer); it never
/// falls back to another place.
class KeyStore
{
public:
    virtual ~KeyStore() = default;

    /// The entry, or nothing when there is none.
    [[nodiscard]] virtual std::optional<QByteArray> read(const QString& name) = 0;
    /// Creates or replaces the entry.
    virtual void write(const QString& name, const QByteArray& data) = 0;
    /// Deletes the entry; nothing happens when there is none.
    virtual void remove(const QString& name) = 0;
};

} // namespace scopevault
