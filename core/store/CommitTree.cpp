#include "store/CommitTree.h"

#include "crypto/HashInput.h"
#include "ports/VaultRepository.h"

#include <sodium.h>

namespace scopevault {

namespace {

// The key range [from, to) of a local bucket: keys whose first 12 bits are `local`.
QByteArray bucketStart(int local)
{
    QByteArray key(2, '\0');
    key[0] = static_cast<char>((local >> 4) & 0xff);
    key[1] = static_cast<char>((local & 0x0f) << 4);
    return key;
}

bool sameHash(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() &&
           (a.isEmpty() ||
            sodium_memcmp(a.constData(), b.constData(), static_cast<std::size_t>(a.size())) == 0);
}

int kindIndex(CommitKind kind)
{
    return static_cast<int>(kind) - 1;
}

CommitKind kindOfBucket(int bucket)
{
    return static_cast<CommitKind>(bucket / CommitTree::BucketsPerKind + 1);
}

// How many nodes of one kind a level has: 4,096 buckets at level 3, 1 node at level 0.
int widthPerKind(int level)
{
    int width = 1;
    for (int i = 0; i < level; ++i) {
        width *= CommitTree::Fanout;
    }
    return width;
}

} // namespace

CommitTree::CommitTree(VaultRepository& repository)
    : m_repository(repository)
{}

int CommitTree::bucketOf(CommitKind kind, QByteArrayView key)
{
    const auto byte = [&](qsizetype i) {
        return i < key.size() ? static_cast<unsigned char>(key[i]) : 0;
    };
    return kindIndex(kind) * BucketsPerKind + ((byte(0) << 4) | (byte(1) >> 4));
}

QByteArray CommitTree::emptyRoot()
{
    return QByteArray(HashInput::DigestBytes, '\0');
}

QByteArray CommitTree::bucketHash(int bucket, const std::vector<CommitLeaf>& leaves)
{
    return bucketHash(bucket, leaves.data(), leaves.data() + leaves.size());
}

QByteArray CommitTree::bucketHash(int bucket, const CommitLeaf* begin, const CommitLeaf* end)
{
    if (begin == end) {
        return {};
    }
    qsizetype size = 0;
    for (const CommitLeaf* leaf = begin; leaf != end; ++leaf) {
        size += 9 + leaf->key.size() + leaf->digest.size();
    }
    HashInput input("SV2-bucket", size + 4);
    input.u32(static_cast<quint32>(bucket));
    for (const CommitLeaf* leaf = begin; leaf != end; ++leaf) {
        input.u8(static_cast<quint8>(leaf->kind)).blob(leaf->key).blob(leaf->digest);
    }
    return input.digest();
}

QByteArray CommitTree::nodeHash(int level, int index, const std::vector<QByteArray>& children)
{
    bool any = false;
    HashInput input("SV2-node");
    input.u8(static_cast<quint8>(level)).u32(static_cast<quint32>(index));
    for (const QByteArray& child : children) {
        any = any || !child.isEmpty();
        input.raw(child.isEmpty() ? emptyRoot() : child);
    }
    return any ? input.digest() : QByteArray();
}

QByteArray CommitTree::rootOf(const std::vector<QByteArray>& kinds)
{
    bool any = false;
    HashInput input("SV2-root");
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        const QByteArray& kind = kinds[i];
        // Kinds after the first four (secret versions, schema 8) enter the root only once they
        // hold a record: a vault without them keeps the root it had before they existed.
        if (i >= FirstKinds && kind.isEmpty()) {
            continue;
        }
        any = any || !kind.isEmpty();
        input.raw(kind.isEmpty() ? emptyRoot() : kind);
    }
    return any ? input.digest() : emptyRoot();
}

std::vector<QByteArray> CommitTree::upToKinds(std::vector<QByteArray> level, int first)
{
    for (int depth = BucketLevel; depth >= 1; --depth) {
        const int width = static_cast<int>(level.size()) / Fanout;
        const int firstParent = first / Fanout;
        std::vector<QByteArray> parents(static_cast<std::size_t>(width));
        for (int p = 0; p < width; ++p) {
            parents[static_cast<std::size_t>(p)] =
                nodeHash(depth - 1, firstParent + p,
                         std::vector<QByteArray>(level.begin() + p * Fanout,
                                                 level.begin() + (p + 1) * Fanout));
        }
        level = std::move(parents);
        first = firstParent;
    }
    return level;
}

QByteArray CommitTree::bucketFromLeaves(int bucket)
{
    const int local = bucket % BucketsPerKind;
    const QByteArray to = local + 1 < BucketsPerKind ? bucketStart(local + 1) : QByteArray();
    return bucketHash(
        bucket, m_repository.commitLeavesBetween(kindOfBucket(bucket), bucketStart(local), to));
}

QByteArray CommitTree::storedBucket(int bucket)
{
    return m_repository.commitNodes(BucketLevel, bucket, 1).front();
}

bool CommitTree::verify(const QSet<int>& buckets, const QByteArray& root, int* badBucket,
                        QSet<qint64>* checked)
{
    const auto bad = [&](int bucket) {
        if (badBucket) {
            *badBucket = bucket;
        }
        return false;
    };
    QSet<qint64> local;
    QSet<qint64>& good = checked ? *checked : local; // (level << 32) | index of good nodes
    constexpr qint64 RootId = -1;
    for (const int bucket : buckets) {
        const qint64 bucketId = (static_cast<qint64>(BucketLevel) << 32) | bucket;
        if (good.contains(bucketId)) {
            continue;
        }
        if (!sameHash(bucketFromLeaves(bucket), storedBucket(bucket))) {
            return bad(bucket);
        }
        int index = bucket;
        for (int level = BucketLevel; level >= 1; --level) {
            const int parent = index / Fanout;
            const qint64 id = (static_cast<qint64>(level - 1) << 32) | parent;
            if (good.contains(id)) {
                break;
            }
            const QByteArray computed = nodeHash(
                level - 1, parent, m_repository.commitNodes(level, parent * Fanout, Fanout));
            if (!sameHash(computed, m_repository.commitNodes(level - 1, parent, 1).front())) {
                return bad(bucket);
            }
            good.insert(id);
            index = parent;
        }
        good.insert(bucketId);
    }
    if (!good.contains(RootId)) {
        if (!sameHash(rootOf(m_repository.commitNodes(0, 0, Kinds)), root)) {
            return bad(buckets.isEmpty() ? -1 : *buckets.begin());
        }
        good.insert(RootId);
    }
    return true;
}

bool CommitTree::verifyKind(CommitKind kind, const std::vector<CommitLeaf>& leaves,
                            const QByteArray& root, const QHash<int, QByteArray>& overrides)
{
    return verifyKindHash(kind, kindHashOf(kind, leaves, overrides), root);
}

QByteArray CommitTree::kindHashOf(CommitKind kind, const std::vector<CommitLeaf>& leaves,
                                  const QHash<int, QByteArray>& overrides)
{
    const int first = kindIndex(kind) * BucketsPerKind;
    std::vector<QByteArray> buckets(BucketsPerKind);
    std::size_t at = 0;
    while (at < leaves.size()) {
        const int bucket = bucketOf(kind, leaves[at].key);
        const std::size_t from = at;
        while (at < leaves.size() && bucketOf(kind, leaves[at].key) == bucket) {
            ++at;
        }
        buckets[static_cast<std::size_t>(bucket - first)] =
            bucketHash(bucket, leaves.data() + from, leaves.data() + at);
    }
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (it.key() >= first && it.key() < first + BucketsPerKind) {
            buckets[static_cast<std::size_t>(it.key() - first)] = *it;
        }
    }
    return upToKinds(std::move(buckets), first).front();
}

bool CommitTree::verifyKindHash(CommitKind kind, const QByteArray& kindHash, const QByteArray& root)
{
    const std::vector<QByteArray> kinds = m_repository.commitNodes(0, 0, Kinds);
    return sameHash(kindHash, kinds[static_cast<std::size_t>(kindIndex(kind))]) &&
           sameHash(rootOf(kinds), root);
}

QByteArray CommitTree::rebuild(bool write, int* badBucket)
{
    std::vector<QByteArray> level(BucketCount);
    {
        int current = -1;
        std::vector<CommitLeaf> leaves;
        const auto finish = [&] {
            if (current >= 0) {
                level[static_cast<std::size_t>(current)] = bucketHash(current, leaves);
            }
            leaves.clear();
        };
        m_repository.scanCommitLeaves([&](const CommitLeaf& leaf) {
            const int bucket = bucketOf(leaf.kind, leaf.key);
            if (bucket != current) {
                finish();
                current = bucket;
            }
            leaves.push_back(leaf);
        });
        finish();
    }
    for (int depth = BucketLevel; depth >= 0; --depth) {
        const int width = Kinds * widthPerKind(depth);
        const std::vector<QByteArray> stored = m_repository.commitNodes(depth, 0, width);
        for (int i = 0; i < width; ++i) {
            const QByteArray& computed = level[static_cast<std::size_t>(i)];
            if (sameHash(computed, stored[static_cast<std::size_t>(i)])) {
                continue;
            }
            if (write) {
                m_repository.putCommitNode(depth, i, computed);
            } else if (badBucket && *badBucket < 0) {
                *badBucket = i * widthPerKind(BucketLevel - depth); // its first bucket
            }
        }
        if (depth == 0) {
            break;
        }
        std::vector<QByteArray> parents(static_cast<std::size_t>(width / Fanout));
        for (int p = 0; p < width / Fanout; ++p) {
            parents[static_cast<std::size_t>(p)] =
                nodeHash(depth - 1, p,
                         std::vector<QByteArray>(level.begin() + p * Fanout,
                                                 level.begin() + (p + 1) * Fanout));
        }
        level = std::move(parents);
    }
    return rootOf(level);
}

std::optional<QByteArray> CommitTree::update(const QHash<int, QByteArray>& oldBuckets,
                                             const QByteArray& oldRoot)
{
    std::vector<QByteArray> kinds = m_repository.commitNodes(0, 0, Kinds);
    if (!sameHash(rootOf(kinds), oldRoot.isEmpty() ? emptyRoot() : oldRoot)) {
        return std::nullopt;
    }
    if (oldBuckets.isEmpty()) {
        return rootOf(kinds);
    }
    QHash<int, QByteArray> changed; // index at the current level -> its new hash
    for (auto it = oldBuckets.begin(); it != oldBuckets.end(); ++it) {
        changed.insert(it.key(), bucketFromLeaves(it.key()));
    }
    for (int level = BucketLevel; level >= 1; --level) {
        QSet<int> parents;
        for (auto it = changed.begin(); it != changed.end(); ++it) {
            parents.insert(it.key() / Fanout);
        }
        QHash<int, QByteArray> next;
        for (const int parent : parents) {
            std::vector<QByteArray> children =
                m_repository.commitNodes(level, parent * Fanout, Fanout);
            if (!sameHash(nodeHash(level - 1, parent, children),
                          m_repository.commitNodes(level - 1, parent, 1).front())) {
                return std::nullopt;
            }
            for (int i = 0; i < Fanout; ++i) {
                const auto it = changed.constFind(parent * Fanout + i);
                if (it != changed.constEnd()) {
                    children[static_cast<std::size_t>(i)] = *it;
                    m_repository.putCommitNode(level, it.key(), *it);
                }
            }
            next.insert(parent, nodeHash(level - 1, parent, children));
        }
        changed = std::move(next);
    }
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        kinds[static_cast<std::size_t>(it.key())] = *it;
        m_repository.putCommitNode(0, it.key(), *it);
    }
    return rootOf(kinds);
}

} // namespace scopevault
