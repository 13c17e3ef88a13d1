#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace scopevault {

/// The commitment to the whole vault, sealed with a MAC under a key derived from the vault key
/// (VaultStateSeal) and stored in the file's header: written in the same transaction as every
/// change. Without the vault key nobody can make a replayed, deleted, added or foreign row, an
/// older header or a shortened audit log agree with it. See docs/THREAT-MODEL.md.
struct VaultState
{
    QByteArray vaultId;
    /// One more with every committed change; exported checkpoints carry the audit head, which
    /// every change also advances (docs/AUDIT.md).
    quint64 seq = 0;
    /// CommitTree's root over every live secret, catalog object, issued bundle and receipt.
    QByteArray root;
    /// The newest sealed audit event; only unsealed events (failed unlocks, written without
    /// the key) may follow it.
    qint64 auditHeadSeq = 0;
    QByteArray auditHeadHash;
    /// Events from this sequence number on have keyed hashes (earlier ones: a vault made
    /// before format 2, hashed without a key).
    qint64 auditKeyedFrom = 1;
    /// How many signed checkpoints the audit log holds.
    qint64 checkpointCount = 0;
    /// VaultKeys::headerDigest of the current header.
    QByteArray headerDigest;
};

} // namespace scopevault
