#pragma once

namespace scopevault {

class OffsetClock;
class VaultService;

/// Fills an empty, unlocked vault with the shape of a real deployment (two skill packs from
/// the public fixtures, system keys, overrides, one missing required secret, three agents and
/// their grants) so that a newcomer sees a populated product at once. Every value is an
/// obviously fake "demo-" string. With `history` (the clock the vault runs on, set 30 days
/// back before the vault was created) it also writes a month of activity, day by day: the
/// admin's reads and copies, a rotated token, grant changes, agents' receipts, a suspended
/// agent's refused export; the clock ends at the present.
class DemoVault final
{
public:
    static constexpr const char* Passphrase = "demo";

    static void populate(VaultService& vault, OffsetClock* history = nullptr);
    /// How far back the history starts.
    static constexpr int HistoryDays = 30;

private:
    static void writeHistory(VaultService& vault, OffsetClock& clock);
};

} // namespace scopevault
