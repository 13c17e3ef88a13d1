#pragma once

#include "catalog/Scope.h"
#include "secrets/SecretRef.h"
#include "vault/VaultError.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace scopevault {

/// What a bundle for one agent will hold, decided by the grant rules before any value is
/// read: the actions, each secret once (by reference) with the actions that use it, and
/// every problem (which refuses the export) and warning found on the way.
struct BundlePlan
{
    struct Entry
    {
        SecretRef ref;
        quint64 version = 1;
        QList<quint16> actions; // indexes into `actions`
    };

    QString agent;
    QList<Scope> actions;
    std::vector<Entry> secrets;
    QStringList problems;
    /// What the caller could change so that the plan has no problem (if anything).
    VaultError::Remedy remedy = VaultError::Remedy::None;
    QStringList warnings;

    [[nodiscard]] bool ok() const { return problems.isEmpty(); }
};

} // namespace scopevault
