#pragma once

#include "SecureBuffer.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace scopevault {

/// One secret inside a bundle's payload: what the agent sees it as (name), where it came
/// from (reference, provenance scope, version), which of the bundle's actions use it, and
/// its value.
struct BundleSecret
{
    QString name;
    QString reference;  // "SCOPE:NAME" in the vault
    QString provenance; // the scope that supplied it: "system", "PACK" or "PACK/ACTION"
    quint64 version = 1;
    QList<quint16> actions; // indexes into the payload's action list
    SecureBuffer value;     // an owned value (secrets built one by one)
    /// Set instead of `value` by an exporter that shares one decrypted value among many
    /// bundles (it must outlive the encoding).
    const SecureBuffer* shared = nullptr;
    /// Set by BundlePayload::parse: the value inside the payload's own secure plaintext, so
    /// opening a bundle makes one guarded allocation, not one per secret.
    std::optional<QByteArrayView> slice;

    [[nodiscard]] QByteArrayView bytes() const
    {
        return slice ? *slice : shared ? shared->view() : value.view();
    }
};

} // namespace scopevault
