#pragma once

#include <QList>
#include <QString>

namespace scopevault {

class Catalog;
class VaultService;
class VaultStore;

/// Vault-wide policy values, sealed in the vault; each change is an audit event.
/// Known keys: bundle.default-lifetime (7d), bundle.max-lifetime (90d) and history.retention
/// (20 older values per secret; 0 keeps all), keychain.quick-unlock-lifetime (14d) and
/// keychain.anchor (off; on once the vault uses the OS keychain).
class SettingsService final
{
public:
    static constexpr const char* BundleDefaultLifetime = "bundle.default-lifetime";
    static constexpr const char* BundleMaxLifetime = "bundle.max-lifetime";
    static constexpr const char* HistoryRetention = "history.retention";
    static constexpr const char* QuickUnlockLifetime = "keychain.quick-unlock-lifetime";
    static constexpr const char* KeychainAnchor = "keychain.anchor";
    static constexpr const char* ScanGate = "scan.gate";
    static constexpr const char* ScanMaxSeverity = "scan.max-severity";
    static constexpr const char* ScanMaxAge = "scan.max-age";
    static constexpr const char* ScanRequired = "scan.required";

    struct Entry
    {
        QString key;
        QString value;
        QString defaultValue;
        QString description;
    };

    explicit SettingsService(VaultService& vault);

    [[nodiscard]] QList<Entry> list();
    /// The value in force: the stored one, else the default. Throws VaultError(Usage) for an
    /// unknown key.
    [[nodiscard]] QString value(const QString& key);
    /// The same from a catalog, for core services that hold the store.
    [[nodiscard]] static QString valueIn(const Catalog& catalog, const QString& key);
    [[nodiscard]] qint64 seconds(const QString& key);
    /// A setting that is a whole number (history.retention).
    [[nodiscard]] int count(const QString& key);
    /// A switch (keychain.anchor) that is on.
    [[nodiscard]] bool isOn(const QString& key);
    /// Validates and stores; refuses a default bundle lifetime above the maximum.
    void set(const QString& key, const QString& value);

private:
    void store(const QString& key, const QString& normalized);

    VaultStore& m_store;
};

} // namespace scopevault
