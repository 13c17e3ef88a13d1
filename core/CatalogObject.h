#pragma once

#include "Action.h"
#include "Agent.h"
#include "Grant.h"
#include "Pack.h"
#include "Setting.h"

#include <variant>

namespace scopevault {

/// Anything the catalog holds besides secrets.
using CatalogObject = std::variant<Pack, Action, Agent, Grant, Setting>;

} // namespace scopevault
