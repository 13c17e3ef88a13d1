#pragma once

#include "scan/ScanReport.h"

#include <QJsonObject>

namespace scopevault {

/// A scan as SARIF 2.1.0 (OASIS), the format code-scanning tools read: one run, the rules
/// that fired, one result per finding with its location and fingerprint. Never a credential.
class SarifReport final
{
public:
    [[nodiscard]] static QJsonObject build(const ScanReport& report);
};

} // namespace scopevault
