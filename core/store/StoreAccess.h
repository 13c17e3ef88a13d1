#pragma once

namespace scopevault {

class VaultService;
class VaultStore;

/// How a core service reaches the raw store behind a VaultService. Core-internal: app/ and
/// ui/ must not include store/ (tests/style/check-layers.sh fails when they do), so the
/// primitives (write any object, record any event as any actor, open a transaction) stay
/// behind the services that own each rule.
[[nodiscard]] VaultStore& storeOf(VaultService& vault);

} // namespace scopevault
