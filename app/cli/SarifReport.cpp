#include "SarifReport.h"

#include <QJsonArray>
#include <QMap>

namespace scopevault {

namespace {

QString level(ScanSeverity severity)
{
    switch (severity) {
    case ScanSeverity::Critical:
    case ScanSeverity::High:
        return QStringLiteral("error");
    case ScanSeverity::Medium:
        return QStringLiteral("warning");
    case ScanSeverity::Low:
        break;
    }
    return QStringLiteral("note");
}

} // namespace

QJsonObject SarifReport::build(const ScanReport& report)
{
    QMap<QString, QJsonObject> rules;
    QJsonArray results;
    for (const ScanFinding& finding : report.findings) {
        const QString ruleTitle =
            finding.reference.isEmpty() ? finding.title : QStringLiteral("A value of this vault");
        rules.insert(finding.rule, QJsonObject{{QStringLiteral("id"), finding.rule},
                                               {QStringLiteral("shortDescription"),
                                                QJsonObject{{QStringLiteral("text"), ruleTitle}}}});
        const QString message = finding.reference.isEmpty()
                                    ? QStringLiteral("%1: %2").arg(finding.title, finding.redacted)
                                    : finding.title;
        results.append(QJsonObject{
            {QStringLiteral("ruleId"), finding.rule},
            {QStringLiteral("level"), level(finding.severity)},
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), message}}},
            {QStringLiteral("locations"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("physicalLocation"),
                  QJsonObject{
                      {QStringLiteral("artifactLocation"),
                       QJsonObject{{QStringLiteral("uri"), finding.file},
                                   {QStringLiteral("uriBaseId"), QStringLiteral("%SRCROOT%")}}},
                      {QStringLiteral("region"),
                       QJsonObject{{QStringLiteral("startLine"), finding.line},
                                   {QStringLiteral("startColumn"), finding.column}}}}}}}},
            {QStringLiteral("partialFingerprints"),
             QJsonObject{{QStringLiteral("scopevault/v1"), finding.fingerprint}}},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("severity"), ScanSeverities::name(finding.severity)}}}});
    }
    QJsonArray ruleArray;
    for (const QJsonObject& rule : rules) {
        ruleArray.append(rule);
    }
    const QJsonObject driver{{QStringLiteral("name"), QStringLiteral("scopevault-cli")},
                             {QStringLiteral("version"), QStringLiteral(SCOPEVAULT_VERSION)},
                             {QStringLiteral("informationUri"),
                              QStringLiteral("https://github.com/scopevault/scopevault")},
                             {QStringLiteral("rules"), ruleArray}};
    return QJsonObject{{QStringLiteral("version"), QStringLiteral("2.1.0")},
                       {QStringLiteral("$schema"),
                        QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
                       {QStringLiteral("runs"),
                        QJsonArray{QJsonObject{{QStringLiteral("tool"),
                                                QJsonObject{{QStringLiteral("driver"), driver}}},
                                               {QStringLiteral("results"), results}}}}};
}

} // namespace scopevault
