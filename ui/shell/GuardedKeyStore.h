#pragma once

#include "ports/KeyStore.h"

namespace scopevault {

/// The keychain as the window uses it: passes every call to the real one and counts the calls
/// in progress. While the keychain answers, the window keeps painting and its timers run
/// (QtKeychainStore waits in a local event loop), so the session must not lock the vault
/// under a call that is still using it: VaultSession asks inCall() first.
class GuardedKeyStore final : public KeyStore
{
public:
    explicit GuardedKeyStore(KeyStore& inner)
        : m_inner(inner)
    {}

    [[nodiscard]] bool inCall() const { return m_depth > 0; }

    [[nodiscard]] std::optional<QByteArray> read(const QString& name) override;
    void write(const QString& name, const QByteArray& data) override;
    void remove(const QString& name) override;

private:
    KeyStore& m_inner;
    int m_depth = 0;
};

} // namespace scopevault
