#pragma once

#include "ports/CommitLeaf.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSet>

#include <optional>
#include <vector>

namespace scopevault {

class VaultRepository;

/// The Merkle tree over the commitment's leaves: 4,096 buckets (by the first 12 bits of a
/// leaf's key, a keyed tag or random id) under three levels of 16-way nodes; level 0 is the
/// root, which the sealed state (VaultState) holds. Checking or changing one record reads its
/// bucket and 3 × 16 nodes: the cost grows with the bucket (n / 4,096 leaves), not the vault.
/// Absent (empty) nodes are not stored. Encodings: docs/VAULT-FORMAT.md.
class CommitTree final
{
public:
    static constexpr int BucketLevel = 3;
    static constexpr int Fanout = 16;
    static constexpr int BucketCount = 4096;

    explicit CommitTree(VaultRepository& repository);

    [[nodiscard]] static int bucketOf(QByteArrayView key);
    /// The root of a tree without leaves.
    [[nodiscard]] static QByteArray emptyRoot();

    /// The hash of a bucket as its stored leaves give it (empty when it has none).
    [[nodiscard]] QByteArray bucketFromLeaves(int bucket);
    /// The bucket's node as stored.
    [[nodiscard]] QByteArray storedBucket(int bucket);

    /// Whether each bucket's leaves agree with its stored node, and the stored nodes above it
    /// with `root`. On failure `badBucket` names the first bucket that does not.
    [[nodiscard]] bool verify(const QSet<int>& buckets, const QByteArray& root,
                              int* badBucket = nullptr);

    /// Recomputes the root from every leaf. `write` stores the nodes it computes (building
    /// the tree of an upgraded vault); otherwise `badBucket` names the first bucket whose
    /// stored node differs from its leaves.
    /// `overrides` gives some buckets' hashes instead of their leaves (those a transaction
    /// changed and has not committed yet).
    [[nodiscard]] QByteArray rebuild(bool write, int* badBucket = nullptr,
                                     const QHash<int, QByteArray>& overrides = {});

    /// After the leaves of `oldBuckets` changed (each mapped to its stored node before the
    /// change, which the caller verified against its old leaves): checks the stored siblings
    /// on every path against `oldRoot`, stores the new nodes and returns the new root;
    /// nullopt when the stored tree did not agree with `oldRoot`.
    [[nodiscard]] std::optional<QByteArray> update(const QHash<int, QByteArray>& oldBuckets,
                                                   const QByteArray& oldRoot);

private:
    [[nodiscard]] static QByteArray bucketHash(int bucket, const std::vector<CommitLeaf>& leaves);
    [[nodiscard]] static QByteArray nodeHash(int level, int index,
                                             const std::vector<QByteArray>& children);
    [[nodiscard]] static QByteArray normalRoot(const QByteArray& root);

    VaultRepository& m_repository;
};

} // namespace scopevault
