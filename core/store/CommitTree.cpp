#include "store/CommitTree.h"

#include "crypto/HashInput.h"
#include "ports/VaultRepository.h"

#include <sodium.h>

namespace scopevault {

namespace {

// The key range [from, to) of a bucket: keys whose first 12 bits are `bucket`.
QByteArray bucketStart(int bucket)
{
    QByteArray key(2, '\0');
    key[0] = static_cast<char>((bucket >> 4) & 0xff);
    key[1] = static_cast<char>((bucket & 0x0f) << 4);
    return key;
}

bool sameHash(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() &&
           (a.isEmpty() ||
            sodium_memcmp(a.constData(), b.constData(), static_cast<std::size_t>(a.size())) == 0);
}

} // namespace

CommitTree::CommitTree(VaultRepository& repository)
    : m_repository(repository)
{}

int CommitTree::bucketOf(QByteArrayView key)
{
    const auto byte = [&](qsizetype i) {
        return i < key.size() ? static_cast<unsigned char>(key[i]) : 0;
    };
    return (byte(0) << 4) | (byte(1) >> 4);
}

QByteArray CommitTree::emptyRoot()
{
    return QByteArray(HashInput::DigestBytes, '\0');
}

QByteArray CommitTree::normalRoot(const QByteArray& root)
{
    return root.isEmpty() ? emptyRoot() : root;
}

QByteArray CommitTree::bucketHash(int bucket, const std::vector<CommitLeaf>& leaves)
{
    if (leaves.empty()) {
        return {};
    }
    HashInput input("SV2-bucket");
    input.u32(static_cast<quint32>(bucket));
    for (const CommitLeaf& leaf : leaves) {
        input.u8(static_cast<quint8>(leaf.kind)).blob(leaf.key).blob(leaf.digest);
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

QByteArray CommitTree::bucketFromLeaves(int bucket)
{
    const QByteArray to = bucket + 1 < BucketCount ? bucketStart(bucket + 1) : QByteArray();
    return bucketHash(bucket, m_repository.commitLeavesBetween(bucketStart(bucket), to));
}

QByteArray CommitTree::storedBucket(int bucket)
{
    return m_repository.commitNodes(BucketLevel, bucket, 1).front();
}

bool CommitTree::verify(const QSet<int>& buckets, const QByteArray& root, int* badBucket)
{
    QSet<qint64> checked; // (level << 32) | index of nodes already checked against their parent
    for (const int bucket : buckets) {
        if (!sameHash(bucketFromLeaves(bucket), storedBucket(bucket))) {
            if (badBucket) {
                *badBucket = bucket;
            }
            return false;
        }
        int index = bucket;
        for (int level = BucketLevel; level >= 1; --level) {
            const int parent = index / Fanout;
            const qint64 id = (static_cast<qint64>(level - 1) << 32) | parent;
            if (checked.contains(id)) {
                break;
            }
            const QByteArray computed = nodeHash(
                level - 1, parent, m_repository.commitNodes(level, parent * Fanout, Fanout));
            const QByteArray stored =
                level - 1 == 0 ? root : m_repository.commitNodes(level - 1, parent, 1).front();
            const bool agrees = level - 1 == 0 ? sameHash(normalRoot(computed), normalRoot(stored))
                                               : sameHash(computed, stored);
            if (!agrees) {
                if (badBucket) {
                    *badBucket = bucket;
                }
                return false;
            }
            checked.insert(id);
            index = parent;
        }
    }
    return true;
}

QByteArray CommitTree::rebuild(bool write, int* badBucket, const QHash<int, QByteArray>& overrides)
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
            const int bucket = bucketOf(leaf.key);
            if (bucket != current) {
                finish();
                current = bucket;
            }
            leaves.push_back(leaf);
        });
        finish();
    }
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        level[static_cast<std::size_t>(it.key())] = *it;
    }
    int width = BucketCount;
    for (int depth = BucketLevel; depth >= 1; --depth) {
        const std::vector<QByteArray> stored = m_repository.commitNodes(depth, 0, width);
        for (int i = 0; i < width; ++i) {
            const QByteArray& computed = level[static_cast<std::size_t>(i)];
            if (sameHash(computed, stored[static_cast<std::size_t>(i)])) {
                continue;
            }
            if (write) {
                m_repository.putCommitNode(depth, i, computed);
            } else if (badBucket && *badBucket < 0) {
                // The first differing node, as the first bucket below it.
                int bucket = i;
                for (int d = depth; d < BucketLevel; ++d) {
                    bucket *= Fanout;
                }
                *badBucket = bucket;
            }
        }
        std::vector<QByteArray> parents(static_cast<std::size_t>(width / Fanout));
        for (int p = 0; p < width / Fanout; ++p) {
            parents[static_cast<std::size_t>(p)] =
                nodeHash(depth - 1, p,
                         std::vector<QByteArray>(level.begin() + p * Fanout,
                                                 level.begin() + (p + 1) * Fanout));
        }
        level = std::move(parents);
        width /= Fanout;
    }
    return normalRoot(level.front());
}

std::optional<QByteArray> CommitTree::update(const QHash<int, QByteArray>& oldBuckets,
                                             const QByteArray& oldRoot)
{
    if (oldBuckets.isEmpty()) {
        return normalRoot(oldRoot);
    }
    QHash<int, QByteArray> changed; // index at the current level -> its new hash
    for (auto it = oldBuckets.begin(); it != oldBuckets.end(); ++it) {
        changed.insert(it.key(), bucketFromLeaves(it.key()));
    }
    QByteArray root = normalRoot(oldRoot);
    for (int level = BucketLevel; level >= 1; --level) {
        QSet<int> parents;
        for (auto it = changed.begin(); it != changed.end(); ++it) {
            parents.insert(it.key() / Fanout);
        }
        QHash<int, QByteArray> next;
        for (const int parent : parents) {
            std::vector<QByteArray> children =
                m_repository.commitNodes(level, parent * Fanout, Fanout);
            const QByteArray before = nodeHash(level - 1, parent, children);
            if (level - 1 == 0) {
                if (!sameHash(normalRoot(before), normalRoot(oldRoot))) {
                    return std::nullopt;
                }
            } else if (!sameHash(before, m_repository.commitNodes(level - 1, parent, 1).front())) {
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
        if (level - 1 == 0) {
            root = normalRoot(changed.value(0));
        }
    }
    return root;
}

} // namespace scopevault
