#pragma once

#include "scan/ScanSeverity.h"

#include <QString>

namespace scopevault {

/// One credential the scanner found. Never holds the credential: `redacted` keeps at most its
/// first and last four characters (nothing at all of a vault value, which `reference` names).
struct ScanFinding
{
    QString file;   // relative to the scanned folder, with '/'
    int line = 0;   // 1-based
    int column = 0; // 1-based, in characters
    QString rule;   // rule id, or "vault-value"
    QString title;  // for people
    ScanSeverity severity = ScanSeverity::Low;
    QString redacted;
    QString reference;   // for vault-value: the secret whose value this is
    QString fingerprint; // 32 hex digits; .scopevault-scan-ignore lists these
};

} // namespace scopevault
