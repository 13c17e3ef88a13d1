#pragma once

#include "access/ResolvedSecret.h"
#include "catalog/Action.h"
#include "secrets/SecretIndex.h"

#include <QList>

namespace scopevault {

/// The merge system -> pack -> action: more specific scopes win.
class Resolver final
{
public:
    /// Every name defined at the action, its pack or system, plus declared names defined
    /// nowhere, sorted by name.
    [[nodiscard]] static QList<ResolvedSecret> effective(const Action& action,
                                                         const SecretIndex& index);
    /// Only the action's declared secrets, in declaration order.
    [[nodiscard]] static QList<ResolvedSecret> declared(const Action& action,
                                                        const SecretIndex& index);
    /// Where `name` resolves for the action, if anywhere; shadowed scopes into `shadowed`.
    [[nodiscard]] static std::optional<Scope> resolve(const Scope& action, const QString& name,
                                                      const SecretIndex& index,
                                                      QList<Scope>* shadowed = nullptr);
};

} // namespace scopevault
