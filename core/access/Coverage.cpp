#include "access/Coverage.h"

#include "access/AccessPolicy.h"
#include "access/Resolver.h"

namespace scopevault {

CoverageReport Coverage::compute(const Catalog& catalog, const SecretIndex& index,
                                 const std::optional<Scope>& within,
                                 const std::optional<QString>& agent, const QDateTime& now)
{
    CoverageReport report;
    for (const Action& action : catalog.actions()) {
        const Scope scope = action.scope();
        if (within && !scope.isWithin(*within)) {
            continue;
        }
        if (action.declarations.isEmpty()) {
            report.actionsDeclaringNothing.append(scope);
            continue;
        }
        bool granted = true;
        if (agent) {
            const AccessDecision decision = AccessPolicy::forAction(catalog, *agent, scope, now);
            granted = decision.granted();
            if (!granted && report.agentNote.isEmpty()) {
                report.agentNote = decision.reason;
            }
        }
        for (const ResolvedSecret& resolved : Resolver::declared(action, index)) {
            CoverageReport::Item item{scope, *resolved.declaration, CoverageReport::State::Resolved,
                                      resolved.supplier};
            if (!granted) {
                item.state = CoverageReport::State::NotGranted;
            } else if (!resolved.supplier) {
                item.state = resolved.declaration->required
                                 ? CoverageReport::State::MissingRequired
                                 : CoverageReport::State::MissingOptional;
            }
            report.items.append(item);
        }
    }
    return report;
}

} // namespace scopevault
