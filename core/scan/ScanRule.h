#pragma once

#include "scan/ScanSeverity.h"

namespace scopevault {

/// One pattern the scanner looks for: a provider's credential format, a private key header,
/// or a credential-like name assigned a value (generic: graded by the value's entropy).
struct ScanRule
{
    enum class Kind
    {
        Provider,   // a format only that provider issues: high
        PrivateKey, // critical
        Generic,    // NAME = value: medium when the value looks random, low otherwise
    };

    const char* id;      // stable, e.g. "github-pat"; used in fingerprints and SARIF
    const char* title;   // for people: "GitHub personal access token"
    const char* pattern; // Hyperscan (PCRE subset) syntax, matched on bytes
    Kind kind;
    bool caseless = false;

    [[nodiscard]] ScanSeverity severity() const
    {
        return kind == Kind::PrivateKey ? ScanSeverity::Critical
               : kind == Kind::Provider ? ScanSeverity::High
                                        : ScanSeverity::Medium;
    }
};

} // namespace scopevault
