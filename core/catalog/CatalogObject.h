#pragma once

#include "catalog/Action.h"
#include "catalog/Agent.h"
#include "catalog/Grant.h"
#include "catalog/Pack.h"
#include "catalog/RotationPolicy.h"
#include "catalog/ScanRecord.h"
#include "catalog/Setting.h"

#include <variant>

namespace scopevault {

/// Anything the catalog holds besides secrets.
using CatalogObject = std::variant<Pack, Action, Agent, Grant, Setting, RotationPolicy, ScanRecord>;

} // namespace scopevault
