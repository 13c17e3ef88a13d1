#pragma once

#include "access/CoverageReport.h"
#include "catalog/Catalog.h"
#include "secrets/SecretIndex.h"

#include <QDateTime>

#include <optional>

namespace scopevault {

/// Computes which declared secrets resolve, per action, optionally for one agent.
class Coverage final
{
public:
    /// `within`: all actions when not given, else the actions of a pack or one action.
    [[nodiscard]] static CoverageReport compute(const Catalog& catalog, const SecretIndex& index,
                                                const std::optional<Scope>& within,
                                                const std::optional<QString>& agent,
                                                const QDateTime& now);
};

} // namespace scopevault
