#include "scan/ScanGate.h"

#include "audit/AuditAction.h"
#include "audit/AuditEvent.h"
#include "catalog/SettingsService.h"
#include "import/SkillpackLayout.h"
#include "scan/ScanDigest.h"
#include "scan/SkillScanner.h"
#include "store/StoreAccess.h"
#include "store/VaultStore.h"
#include "text/Duration.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace scopevault {

ScanGate::ScanGate(VaultService& vault)
    : m_vault(vault)
    , m_store(storeOf(vault))
{}

QList<ScanRecord> ScanGate::record(const QString& dir, const ScanReport& report)
{
    m_store.requireUnlocked();
    SettingsService settings(m_vault);
    const ScanSeverity allowed =
        ScanSeverities::parse(settings.value(QString::fromLatin1(SettingsService::ScanMaxSeverity)))
            .value_or(ScanSeverity::Medium);
    const QString root = QFileInfo(dir).absoluteFilePath();
    QList<ScanRecord> records;
    for (const SkillpackLayout::PackFolder& pack : SkillpackLayout::packFolders(root)) {
        const QString relative = QDir(root).relativeFilePath(pack.folder);
        const QString prefix =
            relative == QLatin1String(".") ? QString() : relative + QLatin1Char('/');
        ScanRecord record;
        record.pack = pack.pack;
        record.folder = pack.folder;
        record.scannedMs = m_store.nowMs();
        record.digest = ScanDigest::ofFolder(pack.folder, SkillScanner::DefaultMaxFileBytes);
        const ScanFinding* worst = nullptr;
        QJsonObject counts;
        for (const ScanFinding& finding : report.findings) {
            if (!finding.file.startsWith(prefix)) {
                continue;
            }
            ++record.findings;
            if (record.places.size() < ScanRecord::MaxPlaces) {
                record.places << QStringLiteral("%1:%2 %3 %4")
                                     .arg(finding.file)
                                     .arg(finding.line)
                                     .arg(ScanSeverities::name(finding.severity), finding.rule);
            }
            const QString severity = ScanSeverities::name(finding.severity);
            counts.insert(severity, counts.value(severity).toInt() + 1);
            if (!worst || finding.severity > worst->severity) {
                worst = &finding;
            }
        }
        if (worst) {
            record.highest = ScanSeverities::name(worst->severity);
            record.passed = worst->severity <= allowed;
            record.worst = QStringLiteral("%1 %2 at %3:%4")
                               .arg(record.highest, worst->rule, worst->file)
                               .arg(worst->line);
        }
        m_store.transact([&] {
            m_store.putObject(record);
            m_store.record(
                {AuditAction::SkillScanned, pack.pack, AuditEvent::Outcome::Success,
                 QJsonObject{{QStringLiteral("decision"),
                              record.passed ? QStringLiteral("passed") : QStringLiteral("failed")},
                             {QStringLiteral("highest"), record.highest},
                             {QStringLiteral("counts"), counts},
                             {QStringLiteral("files"), report.filesScanned},
                             {QStringLiteral("digest"), record.digest}}});
        });
        records << record;
    }
    return records;
}

QString ScanGate::folderOf(const QString& pack)
{
    m_store.requireUnlocked();
    const auto it = m_store.catalog().scans().constFind(pack);
    if (it == m_store.catalog().scans().cend()) {
        throw VaultError(ErrorCode::NotFound,
                         QCoreApplication::translate("ScanGate", "pack '%1' was never scanned; "
                                                                 "scan its folder first")
                             .arg(pack));
    }
    return it->folder;
}

ScanGate::Mode ScanGate::mode()
{
    const QString value =
        SettingsService(m_vault).value(QString::fromLatin1(SettingsService::ScanGate));
    return value == QLatin1String("enforced") ? Mode::Enforced
           : value == QLatin1String("off")    ? Mode::Off
                                              : Mode::Warn;
}

QList<ScanGate::Failure> ScanGate::failing(const QStringList& packs)
{
    m_store.requireUnlocked();
    const bool required =
        SettingsService(m_vault).isOn(QString::fromLatin1(SettingsService::ScanRequired));
    return evaluate(packs, {required, required, required});
}

QList<ScanGate::Failure> ScanGate::attention()
{
    m_store.requireUnlocked();
    const bool required =
        SettingsService(m_vault).isOn(QString::fromLatin1(SettingsService::ScanRequired));
    QStringList packs = m_store.catalog().scans().keys();
    if (required) {
        for (const QString& pack : m_store.catalog().packs().keys()) {
            if (!packs.contains(pack)) {
                packs << pack;
            }
        }
    }
    // The Overview refreshes on every change: it reads the packs' files again (the digest)
    // only when scan.required makes a changed pack fail its exports.
    return evaluate(packs, {required, true, required});
}

QList<ScanGate::Failure> ScanGate::evaluate(const QStringList& packs, Checks checks)
{
    SettingsService settings(m_vault);
    const qint64 maxAgeMs =
        settings.seconds(QString::fromLatin1(SettingsService::ScanMaxAge)) * 1000;
    QList<Failure> failures;
    for (const QString& pack : packs) {
        const auto it = m_store.catalog().scans().constFind(pack);
        if (it == m_store.catalog().scans().cend()) {
            if (checks.neverScanned) {
                failures.append(
                    {pack, QCoreApplication::translate("ScanGate", "was never scanned")});
            }
            continue;
        }
        if (!it->passed) {
            failures.append(
                {pack,
                 QCoreApplication::translate("ScanGate", "failed its scan: %1").arg(it->worst)});
            continue;
        }
        if (checks.age && m_store.nowMs() - it->scannedMs > maxAgeMs) {
            failures.append(
                {pack, QCoreApplication::translate("ScanGate", "was last scanned longer ago than "
                                                               "scan.max-age (%1)")
                           .arg(Duration::format(maxAgeMs / 1000))});
        } else if (checks.digest &&
                   ScanDigest::ofFolder(it->folder, SkillScanner::DefaultMaxFileBytes) !=
                       it->digest) {
            failures.append(
                {pack, QCoreApplication::translate("ScanGate", "changed since its scan (%1)")
                           .arg(it->folder)});
        }
    }
    return failures;
}

ScanGate::ExportCheck ScanGate::checkExport(const QString& agent, const QStringList& packs)
{
    ExportCheck check;
    const Mode current = mode();
    if (current == Mode::Off) {
        return check;
    }
    for (const Failure& failure : failing(packs)) {
        const QString text =
            QCoreApplication::translate("ScanGate", "pack %1 %2 (scopevault-cli scan --pack %1)")
                .arg(failure.pack, failure.reason);
        if (current == Mode::Warn) {
            check.warnings << text;
            continue;
        }
        check.problems << text;
        m_store.record({AuditAction::SkillBlocked, failure.pack, AuditEvent::Outcome::Denied,
                        QJsonObject{{QStringLiteral("agent"), agent},
                                    {QStringLiteral("reason"), failure.reason}}});
    }
    return check;
}

} // namespace scopevault
