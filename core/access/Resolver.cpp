#include "access/Resolver.h"

#include <QSet>

#include <algorithm>

namespace scopevault {

std::optional<Scope> Resolver::resolve(const Scope& action, const QString& name,
                                       const SecretIndex& index, QList<Scope>* shadowed)
{
    const Scope chain[] = {action, Scope::pack(action.packName()), Scope::system()};
    std::optional<Scope> supplier;
    for (const Scope& scope : chain) {
        if (!index.contains(scope, name)) {
            continue;
        }
        if (!supplier) {
            supplier = scope;
            if (!shadowed) {
                break;
            }
        } else {
            shadowed->append(scope);
        }
    }
    return supplier;
}

QList<ResolvedSecret> Resolver::declared(const Action& action, const SecretIndex& index)
{
    QList<ResolvedSecret> result;
    const Scope scope = action.scope();
    for (const Declaration& declaration : action.declarations) {
        ResolvedSecret entry{declaration.name, std::nullopt, {}, declaration};
        entry.supplier = resolve(scope, declaration.name, index, &entry.shadowed);
        result.append(entry);
    }
    return result;
}

QList<ResolvedSecret> Resolver::effective(const Action& action, const SecretIndex& index)
{
    const Scope scope = action.scope();
    QSet<QString> names;
    for (const Scope& level : {scope, Scope::pack(action.pack), Scope::system()}) {
        for (const QString& name : index.namesAt(level)) {
            names.insert(name);
        }
    }
    for (const Declaration& declaration : action.declarations) {
        names.insert(declaration.name);
    }
    QStringList sorted(names.cbegin(), names.cend());
    std::sort(sorted.begin(), sorted.end());
    QList<ResolvedSecret> result;
    for (const QString& name : sorted) {
        ResolvedSecret entry{name, std::nullopt, {}, std::nullopt};
        entry.supplier = resolve(scope, name, index, &entry.shadowed);
        if (const Declaration* declaration = action.declaration(name)) {
            entry.declaration = *declaration;
        }
        result.append(entry);
    }
    return result;
}

} // namespace scopevault
