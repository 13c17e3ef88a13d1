#pragma once

#include <QString>

#include <optional>

namespace scopevault {

class VaultStore;

/// The vault's latest committed state (sequence number and root) kept in the OS keychain as
/// well, once the vault uses the keychain (setting keychain.anchor): a copy of the file older
/// than what this computer last saw is noticed at unlock (docs/THREAT-MODEL.md).
class RollbackAnchor final
{
public:
    explicit RollbackAnchor(VaultStore& store);

    /// Whether the vault keeps an anchor (the setting is on and a keychain was given).
    [[nodiscard]] bool armed();
    /// Turns the setting on (audited) when it is off; in the caller's transaction.
    void arm();
    /// After unlock: a text saying how the file is older than the anchor, or nothing. A
    /// keychain that cannot be asked leaves a warning (VaultStore::warn) and nothing.
    [[nodiscard]] std::optional<QString> check();
    /// Stores the current state (after unlock when accepted, and at lock). A failure leaves
    /// a warning.
    void update();

private:
    [[nodiscard]] QByteArray currentEntry();

    VaultStore& m_store;
};

} // namespace scopevault
