#include "VaultHeaderRows.h"

#include "vault/VaultError.h"

#include <QCoreApplication>

namespace scopevault {

VaultHeader VaultHeaderRows::decode(const QHash<QString, QVariant>& rows, const QString& path)
{
    const auto field = [&](const char* key) {
        const QString name = QString::fromLatin1(key);
        if (!rows.contains(name)) {
            throw VaultError(
                ErrorCode::Integrity,
                QCoreApplication::translate("SqliteVaultRepository",
                                            "the header of %1 lacks '%2': the file is damaged")
                    .arg(path, name));
        }
        return rows.value(name);
    };
    VaultHeader header;
    header.formatVersion = field("format_version").toInt();
    if (header.formatVersion < VaultHeader::FirstFormatVersion ||
        header.formatVersion > VaultHeader::CurrentFormatVersion) {
        throw VaultError(
            ErrorCode::Integrity,
            QCoreApplication::translate("SqliteVaultRepository",
                                        "%1 has vault format %2; this Scopevault reads format %3")
                .arg(path)
                .arg(header.formatVersion)
                .arg(VaultHeader::CurrentFormatVersion));
    }
    if (field("kdf_algorithm").toString() != QLatin1String("argon2id13")) {
        throw VaultError(ErrorCode::Integrity,
                         QCoreApplication::translate("SqliteVaultRepository",
                                                     "the header of %1 names an unknown KDF '%2'")
                             .arg(path, rows.value(QStringLiteral("kdf_algorithm")).toString()));
    }
    header.vaultId = field("vault_id").toByteArray();
    header.kdf.opsLimit = field("kdf_ops").toULongLong();
    header.kdf.memLimitBytes = field("kdf_mem").toULongLong();
    header.salt = field("salt").toByteArray();
    header.createdMs = field("created_ms").toLongLong();
    header.wrappedKey = field("wrapped_key").toByteArray();
    if (header.vaultId.size() != VaultHeader::VaultIdBytes) {
        throw VaultError(ErrorCode::Integrity,
                         QCoreApplication::translate("SqliteVaultRepository",
                                                     "the header of %1 has a malformed vault id")
                             .arg(path));
    }
    return header;
}

} // namespace scopevault
