#pragma once

#include "ports/SecretRecord.h"
#include "ports/VersionRecord.h"
#include "secrets/SecretChange.h"
#include "secrets/SecretRef.h"
#include "secrets/SecretVersion.h"

#include "SecureBuffer.h"

#include <QString>

#include <vector>

namespace scopevault {

class VaultStore;

/// The history of secrets' values, as rows of secret_versions: one per version, its value
/// sealed exactly as it was while current, and how, by whom and to which value (a keyed tag)
/// it was made, sealed too. Internal to core's secret services (SecretService, HistoryService);
/// called inside their transactions. Retention: the vault setting history.retention.
class VersionLog final
{
public:
    explicit VersionLog(VaultStore& store);

    /// The first version of a new secret.
    void created(const SecretRecord& record, const SecretChange& change, const QString& valueTag);
    /// `before` is being replaced by a new version holding a value with `valueTag`: keeps
    /// before's value, adds the new entry, applies retention. Refuses a value held before when
    /// the change does not allow reuse. Returns the keyed tag of the value replaced.
    QString changed(const SecretRecord& before, quint64 newVersion, const SecretRef& ref,
                    const SecretChange& change, const QString& valueTag);
    /// The secret's record id changed (a move): every version is sealed again under the new id.
    void moved(const QByteArray& oldId, const QByteArray& newId);
    void removeAll(const QByteArray& secretId);
    /// Clears every older value the file keeps for the secret (its value moved into the OS
    /// keychain); the entries stay. Returns how many values were dropped.
    int dropValues(const QByteArray& secretId);

    /// Every entry, newest first; the current version is the record's own.
    [[nodiscard]] std::vector<SecretVersion> entries(const SecretRecord& record,
                                                     const SecretRef& ref);
    /// The sealed value of an older version (empty when retention dropped it or there is no
    /// such version). The current version's value is in the record, not here.
    [[nodiscard]] VersionRecord stored(const SecretRecord& record, quint64 version,
                                       const SecretRef& ref);
    /// Opens every version's seals (verify); what fails, naming the secret.
    [[nodiscard]] QStringList verifySeals();

    /// How many older values each secret keeps (the history.retention setting; 0: all).
    [[nodiscard]] int retention();

private:
    struct Info
    {
        ValueChange how = ValueChange::Unknown;
        QString actor;
        QString valueTag;
        std::optional<quint64> restoredFrom;
    };

    [[nodiscard]] QByteArray sealInfo(const QByteArray& secretId, quint64 version,
                                      const Info& info) const;
    [[nodiscard]] Info openInfo(const VersionRecord& record, const SecretRef* ref) const;
    [[nodiscard]] QString tagOfSealedValue(const SecretRecord& record, const SecretRef& ref) const;
    [[noreturn]] void damaged(const VersionRecord& record, const SecretRef* ref,
                              const QString& what) const;

    VaultStore& m_store;
};

} // namespace scopevault
