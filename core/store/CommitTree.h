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

/// The Merkle tree over the commitment's leaves. Each kind of record (secrets, objects,
/// bundles, receipts) has its own subtree: 4,096 buckets (by the first 12 bits of a leaf's
/// key, a keyed tag or a random id) under three levels of 16-way nodes, up to the kind's node
/// at level 0; the root, which the sealed state (VaultState) holds, hashes the four. Buckets
/// and nodes are numbered across kinds (bucket = kind index × 4,096 + local bucket), so a
/// parent's index is its child's divided by 16 at every level. Checking or changing one record
/// reads its bucket (n / 4,096 leaves of its kind) and 3 × 16 + 4 nodes; a kind read whole
/// (the catalog at unlock) is checked from its own leaves, whatever the number of secrets.
/// Absent (empty) nodes are not stored. Encodings: docs/VAULT-FORMAT.md.
class CommitTree final
{
public:
    static constexpr int BucketLevel = 3;
    static constexpr int Fanout = 16;
    static constexpr int Kinds = 5;
    /// The kinds of format 2 as first released; later kinds are optional in the root.
    static constexpr int FirstKinds = 4;
    static constexpr int BucketsPerKind = 4096;
    static constexpr int BucketCount = Kinds * BucketsPerKind;

    explicit CommitTree(VaultRepository& repository);

    [[nodiscard]] static int bucketOf(CommitKind kind, QByteArrayView key);
    /// The root of a tree without leaves.
    [[nodiscard]] static QByteArray emptyRoot();

    /// The hash of a bucket as its stored leaves give it (empty when it has none).
    [[nodiscard]] QByteArray bucketFromLeaves(int bucket);
    /// The bucket's node as stored.
    [[nodiscard]] QByteArray storedBucket(int bucket);

    /// Whether each bucket's leaves agree with its stored node, the stored nodes above it
    /// with each other and the kinds' nodes with `root`. On failure `badBucket` names the
    /// first bucket that does not. `checked`, when given, remembers the buckets and nodes
    /// found good across calls (within one transaction, where the stored tree stays put).
    [[nodiscard]] bool verify(const QSet<int>& buckets, const QByteArray& root,
                              int* badBucket = nullptr, QSet<qint64>* checked = nullptr);
    /// Whether `leaves` (every leaf of `kind`, in key order) give the kind's stored node, and
    /// the kinds' stored nodes `root`. `overrides` gives some buckets' hashes instead of their
    /// leaves (those a transaction changed and has not committed yet).
    [[nodiscard]] bool verifyKind(CommitKind kind, const std::vector<CommitLeaf>& leaves,
                                  const QByteArray& root,
                                  const QHash<int, QByteArray>& overrides = {});
    /// The hash of `kind`'s subtree from its leaves (in key order) and `overrides`: no key or
    /// stored node is needed, so a prefetch computes it while the KDF runs.
    [[nodiscard]] static QByteArray kindHashOf(CommitKind kind,
                                               const std::vector<CommitLeaf>& leaves,
                                               const QHash<int, QByteArray>& overrides = {});
    /// Whether `kindHash` is the kind's stored node, and the kinds' stored nodes `root`.
    [[nodiscard]] bool verifyKindHash(CommitKind kind, const QByteArray& kindHash,
                                      const QByteArray& root);

    /// Recomputes the root from every leaf. `write` stores the nodes it computes (building
    /// the tree of an upgraded vault); otherwise `badBucket` names the first bucket whose
    /// stored node differs from its leaves.
    [[nodiscard]] QByteArray rebuild(bool write, int* badBucket = nullptr);

    /// After the leaves of `oldBuckets` changed (each mapped to its stored node before the
    /// change, which the caller verified against its old leaves): checks the stored siblings
    /// on every path against `oldRoot`, stores the new nodes and returns the new root;
    /// nullopt when the stored tree did not agree with `oldRoot`.
    [[nodiscard]] std::optional<QByteArray> update(const QHash<int, QByteArray>& oldBuckets,
                                                   const QByteArray& oldRoot);

private:
    [[nodiscard]] static QByteArray bucketHash(int bucket, const std::vector<CommitLeaf>& leaves);
    /// The same over leaves [begin, end) of a larger list, without copying them.
    [[nodiscard]] static QByteArray bucketHash(int bucket, const CommitLeaf* begin,
                                               const CommitLeaf* end);
    [[nodiscard]] static QByteArray nodeHash(int level, int index,
                                             const std::vector<QByteArray>& children);
    /// The root over the kinds' nodes (level 0).
    [[nodiscard]] static QByteArray rootOf(const std::vector<QByteArray>& kinds);
    /// Hashes a level of nodes up to level 0; `level` holds the bucket hashes of the buckets
    /// `first` .. `first + level.size() - 1` (a whole kind, or all kinds).
    [[nodiscard]] static std::vector<QByteArray> upToKinds(std::vector<QByteArray> level,
                                                           int first);

    VaultRepository& m_repository;
};

} // namespace scopevault
