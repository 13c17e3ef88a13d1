#pragma once

#include "catalog/Declaration.h"
#include "catalog/Scope.h"

#include <QList>
#include <QString>

#include <optional>

namespace scopevault {

/// One name in an action's effective secrets: the scope that supplies it (action > pack >
/// system), the less specific scopes it shadows, and the action's declaration of it.
struct ResolvedSecret
{
    QString name;
    std::optional<Scope> supplier; // none: declared but defined nowhere
    QList<Scope> shadowed;
    std::optional<Declaration> declaration;
};

} // namespace scopevault
