#pragma once

#include "scan/ScanRule.h"

#include <vector>

namespace scopevault {

/// The scanner's rules: the credentials agents commonly hold, private keys, database URLs
/// with a password, and credential-like names assigned a value. docs/USER-GUIDE.md lists them.
class ScanRules final
{
public:
    [[nodiscard]] static const std::vector<ScanRule>& all();
};

} // namespace scopevault
