#pragma once

namespace scopevault {

class VaultService;

/// Fills an empty, unlocked vault with the shape of a real deployment (two skill packs from
/// the public fixtures, system keys, overrides, one missing required secret, three agents and
/// their grants) so that a newcomer sees a populated product at once. Every value is an
/// obviously fake "demo-" string.
class DemoVault final
{
public:
    static constexpr const char* Passphrase = "demo";

    static void populate(VaultService& vault);
};

} // namespace scopevault
