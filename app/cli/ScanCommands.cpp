#include "ScanCommands.h"

#include "CliContext.h"
#include "SarifReport.h"
#include "scan/ScanService.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace scopevault {

namespace {

// Exit code when a finding reaches --fail-on.
constexpr int FailedExit = 6;

QJsonObject findingJson(const ScanFinding& finding)
{
    QJsonObject object{{QStringLiteral("file"), finding.file},
                       {QStringLiteral("line"), finding.line},
                       {QStringLiteral("column"), finding.column},
                       {QStringLiteral("rule"), finding.rule},
                       {QStringLiteral("title"), finding.title},
                       {QStringLiteral("severity"), ScanSeverities::name(finding.severity)},
                       {QStringLiteral("redacted"), finding.redacted},
                       {QStringLiteral("fingerprint"), finding.fingerprint}};
    if (!finding.reference.isEmpty()) {
        object.insert(QStringLiteral("reference"), finding.reference);
    }
    return object;
}

QJsonArray packsJson(const QList<ScanRecord>& records)
{
    QJsonArray packs;
    for (const ScanRecord& record : records) {
        packs.append(QJsonObject{{QStringLiteral("pack"), record.pack},
                                 {QStringLiteral("folder"), record.folder},
                                 {QStringLiteral("passed"), record.passed},
                                 {QStringLiteral("highest"), record.highest},
                                 {QStringLiteral("findings"), record.findings},
                                 {QStringLiteral("worst"), record.worst},
                                 {QStringLiteral("digest"), record.digest}});
    }
    return packs;
}

QString summary(const ScanReport& report)
{
    int counts[5] = {};
    for (const ScanFinding& finding : report.findings) {
        ++counts[int(finding.severity)];
    }
    QStringList parts;
    for (const ScanSeverity severity :
         {ScanSeverity::Critical, ScanSeverity::High, ScanSeverity::Medium, ScanSeverity::Low}) {
        if (counts[int(severity)] > 0) {
            parts << QStringLiteral("%1 %2")
                         .arg(counts[int(severity)])
                         .arg(ScanSeverities::name(severity));
        }
    }
    return QCoreApplication::translate(
               "ScanCommands",
               "Files scanned: %1 (%2 bytes). Skipped: %3 binary, %4 too large, %5 links, %6 "
               "special. Ignored: %7. Findings: %8%9.")
        .arg(report.filesScanned)
        .arg(report.bytesScanned)
        .arg(report.skippedBinary)
        .arg(report.skippedTooLarge)
        .arg(report.skippedLinks)
        .arg(report.skippedSpecial)
        .arg(report.ignored)
        .arg(report.findings.size())
        .arg(parts.isEmpty() ? QString() : QStringLiteral(": ") + parts.join(QStringLiteral(", ")));
}

int runScan(CliContext& context)
{
    ScanSeverity failOn = ScanSeverity::High;
    if (context.isSet("fail-on")) {
        const std::optional<ScanSeverity> parsed = ScanSeverities::parse(context.value("fail-on"));
        if (!parsed) {
            throw VaultError(ErrorCode::Usage,
                             QCoreApplication::translate(
                                 "ScanCommands", "--fail-on takes low, medium, high or critical"));
        }
        failOn = *parsed;
    }
    if (context.isSet("json") && context.isSet("sarif")) {
        throw VaultError(
            ErrorCode::Usage,
            QCoreApplication::translate("ScanCommands", "--json and --sarif exclude each other"));
    }
    const bool useVault = !context.isSet("no-vault");
    const QString folder = context.arguments().value(0);
    if (context.isSet("pack") && (!folder.isEmpty() || !useVault)) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("ScanCommands",
                                                     "--pack scans the folder the pack was last "
                                                     "scanned in: give no DIR, and use the vault"));
    }
    if (!context.isSet("pack") && folder.isEmpty()) {
        throw VaultError(ErrorCode::Usage, QCoreApplication::translate(
                                               "ScanCommands", "scan needs DIR or --pack NAME"));
    }
    ScanService scans(useVault ? &context.unlockedService() : nullptr);
    // With the vault, each pack's verdict is kept for the export gate (skill.scanned).
    const ScanService::Result result =
        context.isSet("pack") ? scans.scanPack(context.value("pack")) : scans.scanFolder(folder);
    const ScanReport& report = result.report;
    const QList<ScanRecord>& records = result.records;
    const std::optional<ScanSeverity> highest = report.highest();
    const bool failed = highest && *highest >= failOn;
    if (context.isSet("sarif")) {
        context.printJson(SarifReport::build(report));
    } else if (context.isSet("json")) {
        QJsonArray findings;
        for (const ScanFinding& finding : report.findings) {
            findings.append(findingJson(finding));
        }
        context.printJson(
            QJsonObject{{QStringLiteral("findings"), findings},
                        {QStringLiteral("filesScanned"), report.filesScanned},
                        {QStringLiteral("bytesScanned"), report.bytesScanned},
                        {QStringLiteral("skipped"),
                         QJsonObject{{QStringLiteral("binary"), report.skippedBinary},
                                     {QStringLiteral("tooLarge"), report.skippedTooLarge},
                                     {QStringLiteral("links"), report.skippedLinks},
                                     {QStringLiteral("special"), report.skippedSpecial}}},
                        {QStringLiteral("ignored"), report.ignored},
                        {QStringLiteral("valuesSearched"), report.valuesSearched},
                        {QStringLiteral("highest"),
                         highest ? QJsonValue(ScanSeverities::name(*highest)) : QJsonValue()},
                        {QStringLiteral("failOn"), ScanSeverities::name(failOn)},
                        {QStringLiteral("failed"), failed},
                        {QStringLiteral("packs"), packsJson(records)}});
    } else {
        for (const ScanFinding& finding : report.findings) {
            context.print(QStringLiteral("%1:%2:%3: %4 %5: %6 (%7)  %8")
                              .arg(finding.file)
                              .arg(finding.line)
                              .arg(finding.column)
                              .arg(ScanSeverities::name(finding.severity), finding.rule,
                                   finding.title, finding.redacted, finding.fingerprint));
        }
        if (report.valuesSearched >= 0) {
            context.print(
                QCoreApplication::translate("ScanCommands", "Looked for %1 values of this vault.")
                    .arg(report.valuesSearched));
        }
        context.print(summary(report));
        for (const ScanRecord& record : records) {
            context.print(record.passed
                              ? QCoreApplication::translate(
                                    "ScanCommands", "Pack %1: passed (recorded for export).")
                                    .arg(record.pack)
                              : QCoreApplication::translate(
                                    "ScanCommands",
                                    "Pack %1: FAILED, worst finding %2 (recorded for export).")
                                    .arg(record.pack, record.worst));
        }
    }
    return failed ? FailedExit : 0;
}

} // namespace

QList<CliCommand> ScanCommands::all()
{
    return {
        {QStringLiteral("scan"),
         QStringLiteral("[DIR]"),
         QCoreApplication::translate(
             "ScanCommands",
             "Look for credentials in every file below DIR: provider formats, private keys, "
             "credential-like assignments and this vault's own values (exit 6 when a finding "
             "reaches --fail-on)."),
         {CliContext::jsonOption(),
          {QStringLiteral("sarif"),
           QCoreApplication::translate("ScanCommands",
                                       "Print SARIF 2.1.0 for code-scanning tools.")},
          {QStringLiteral("fail-on"),
           QCoreApplication::translate("ScanCommands",
                                       "Lowest severity that fails the scan: low, medium, high "
                                       "(default) or critical."),
           QCoreApplication::translate("ScanCommands", "severity")},
          {QStringLiteral("pack"),
           QCoreApplication::translate("ScanCommands",
                                       "Scan again the folder this pack was last scanned in."),
           QCoreApplication::translate("ScanCommands", "name")},
          {QStringLiteral("no-vault"),
           QCoreApplication::translate("ScanCommands",
                                       "Do not open the vault: look for provider formats and "
                                       "assignments only (no passphrase needed).")}},
         0,
         1,
         runScan},
    };
}

} // namespace scopevault
