#pragma once

#include <QList>
#include <QString>

namespace scopevault {

class VaultService;
class VaultStore;

/// Vault-wide policy values, sealed in the vault; each change is an audit event.
/// Known keys: bundle.default-lifetime (7d) and bundle.max-lifetime (90d).
class SettingsService final
{
public:
    static constexpr const char* BundleDefaultLifetime = "bundle.default-lifetime";
    static constexpr const char* BundleMaxLifetime = "bundle.max-lifetime";

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
    [[nodiscard]] qint64 seconds(const QString& key);
    /// Validates and stores; refuses a default bundle lifetime above the maximum.
    void set(const QString& key, const QString& value);

private:
    VaultStore& m_store;
};

} // namespace scopevault
