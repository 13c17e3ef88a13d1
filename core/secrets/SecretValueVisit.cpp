// SecretService::visitValues: every current value, one at a time, for matchers inside the
// core (the skill scanner). Kept apart from SecretService.cpp, which holds the single-secret
// operations.
#include "secrets/SecretService.h"

namespace scopevault {

void SecretService::visitValues(
    const std::function<void(const SecretRef&, std::string_view)>& visit)
{
    for (const SecretInfo& info : listSecretsUnordered()) {
        const SecretRecord record = findRecord(info.ref);
        const SecureBuffer value = openValue(record, info.ref);
        visit(info.ref, value.view());
    }
}

} // namespace scopevault
