#pragma once

#include "SecureBuffer.h"

#include <QList>
#include <QString>
#include <QtGlobal>

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
    SecureBuffer value;
    /// Set instead of `value` by an exporter that shares one decrypted value among many
    /// bundles (it must outlive the encoding).
    const SecureBuffer* shared = nullptr;

    [[nodiscard]] const SecureBuffer& bytes() const { return shared ? *shared : value; }
};

} // namespace scopevault
