#include "store/LeafIndex.h"

#include <algorithm>
#include <cstring>

namespace scopevault {

LeafIndex::LeafIndex(const std::vector<CommitLeaf>& leaves)
    : m_leaves(leaves)
    , m_taken(leaves.size(), false)
{
    std::size_t capacity = 16;
    while (capacity < leaves.size() * 2) {
        capacity *= 2;
    }
    m_mask = capacity - 1;
    m_slots.assign(capacity, -1);
    for (std::size_t i = 0; i < leaves.size(); ++i) {
        std::size_t slot = slotOf(leaves[i].key);
        while (m_slots[slot] >= 0) {
            slot = (slot + 1) & m_mask;
        }
        m_slots[slot] = static_cast<std::int32_t>(i);
    }
}

std::size_t LeafIndex::slotOf(const QByteArray& key) const
{
    quint64 head = 0;
    std::memcpy(&head, key.constData(),
                std::min<std::size_t>(8, static_cast<std::size_t>(key.size())));
    // Fibonacci hashing of the first bytes and the length: short or patterned keys spread too.
    const quint64 mixed = (head ^ static_cast<quint64>(key.size())) * 0x9E3779B97F4A7C15ULL;
    return static_cast<std::size_t>(mixed >> 32) & m_mask;
}

const CommitLeaf* LeafIndex::take(const QByteArray& key)
{
    // Equal keys sit in one run of occupied slots; a taken leaf is skipped, so a key read
    // twice finds its leaf once.
    for (std::size_t slot = slotOf(key); m_slots[slot] >= 0; slot = (slot + 1) & m_mask) {
        const auto index = static_cast<std::size_t>(m_slots[slot]);
        if (!m_taken[index] && m_leaves[index].key == key) {
            m_taken[index] = true;
            return &m_leaves[index];
        }
    }
    return nullptr;
}

const CommitLeaf* LeafIndex::firstNotTaken() const
{
    const auto it = std::find(m_taken.begin(), m_taken.end(), false);
    return it == m_taken.end() ? nullptr
                               : &m_leaves[static_cast<std::size_t>(it - m_taken.begin())];
}

} // namespace scopevault
