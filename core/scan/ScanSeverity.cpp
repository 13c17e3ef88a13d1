#include "scan/ScanSeverity.h"

namespace scopevault {

QString ScanSeverities::name(ScanSeverity severity)
{
    switch (severity) {
    case ScanSeverity::Low:
        return QStringLiteral("low");
    case ScanSeverity::Medium:
        return QStringLiteral("medium");
    case ScanSeverity::High:
        return QStringLiteral("high");
    case ScanSeverity::Critical:
        return QStringLiteral("critical");
    }
    return QString();
}

std::optional<ScanSeverity> ScanSeverities::parse(const QString& text)
{
    for (const ScanSeverity severity :
         {ScanSeverity::Low, ScanSeverity::Medium, ScanSeverity::High, ScanSeverity::Critical}) {
        if (text == name(severity)) {
            return severity;
        }
    }
    return std::nullopt;
}

} // namespace scopevault
