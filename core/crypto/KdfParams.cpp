#include "crypto/KdfParams.h"

#include "crypto/Kdf.h"
#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QStringList>

#include <sodium.h>

namespace scopevault {

namespace {

constexpr std::uint64_t MiB = 1024ULL * 1024;
// Bounds we accept, tighter than libsodium's: enough for any sane vault, and a header cannot
// be edited into a derivation that never ends or exhausts memory.
constexpr std::uint64_t MinOps = 1;
constexpr std::uint64_t MaxOps = 64;
constexpr std::uint64_t MinMem = 8 * MiB;
constexpr std::uint64_t MaxMem = 4096 * MiB;

} // namespace

KdfParams KdfParams::fromPreset(const QString& preset)
{
    if (preset == QLatin1String("interactive")) {
        return {2, 64 * MiB};
    }
    if (preset == QLatin1String("moderate")) {
        return {3, 256 * MiB};
    }
    if (preset == QLatin1String("sensitive")) {
        return {4, 1024 * MiB};
    }
    if (preset.startsWith(QLatin1String("calibrate:"))) {
        bool ok = false;
        const int ms = preset.mid(10).toInt(&ok);
        if (!ok || ms < 50 || ms > 60000) {
            throw VaultError(ErrorCode::Usage,
                             QCoreApplication::translate(
                                 "KdfParams",
                                 "KDF preset '%1': the target time must be a whole number of "
                                 "milliseconds between 50 and 60000")
                                 .arg(preset));
        }
        return Kdf::calibrate(ms);
    }
    if (preset.startsWith(QLatin1String("custom:"))) {
        const QStringList parts = preset.mid(7).split(QLatin1Char(','));
        bool opsOk = false;
        bool memOk = false;
        const std::uint64_t ops = parts.size() == 2 ? parts[0].toULongLong(&opsOk) : 0;
        const std::uint64_t mib = parts.size() == 2 ? parts[1].toULongLong(&memOk) : 0;
        const KdfParams params{ops, mib * MiB};
        if (!opsOk || !memOk || ops < MinOps || ops > MaxOps || params.memLimitBytes < MinMem ||
            params.memLimitBytes > MaxMem) {
            throw VaultError(ErrorCode::Usage,
                             QCoreApplication::translate(
                                 "KdfParams",
                                 "KDF preset '%1': expected custom:OPS,MIB with OPS 1-64 and MIB "
                                 "8-4096")
                                 .arg(preset));
        }
        return params;
    }
    throw VaultError(ErrorCode::Usage,
                     QCoreApplication::translate(
                         "KdfParams",
                         "unknown KDF preset '%1' (expected interactive, moderate, sensitive, "
                         "calibrate:MS or custom:OPS,MIB)")
                         .arg(preset));
}

void KdfParams::validate() const
{
    if (opsLimit < MinOps || opsLimit > MaxOps || memLimitBytes < MinMem ||
        memLimitBytes > MaxMem || opsLimit < crypto_pwhash_OPSLIMIT_MIN ||
        memLimitBytes < crypto_pwhash_MEMLIMIT_MIN) {
        throw VaultError(ErrorCode::Integrity,
                         QCoreApplication::translate(
                             "KdfParams", "KDF parameters out of range (ops %1, memory %2 bytes)")
                             .arg(opsLimit)
                             .arg(memLimitBytes));
    }
}

QString KdfParams::describe() const
{
    return QStringLiteral("argon2id ops=%1 mem=%2MiB").arg(opsLimit).arg(memLimitBytes / MiB);
}

} // namespace scopevault
