#include "model/kube/PodStore.h"

namespace meshfed {

int PodStore::rowOf(const QString& key) const
{
    const auto it = m_slotByKey.constFind(key);
    return it == m_slotByKey.constEnd() ? -1 : m_rowOfSlot[size_t(*it)];
}

void PodStore::clear()
{
    m_slots.clear();
    m_freeSlots.clear();
    m_slotByKey.clear();
    m_slotOfRow.clear();
    m_rowOfSlot.clear();
}

void PodStore::reserve(qsizetype count)
{
    m_slots.reserve(size_t(count));
    m_slotByKey.reserve(count);
    m_slotOfRow.reserve(size_t(count));
    m_rowOfSlot.reserve(size_t(count));
}

void PodStore::append(PodSummary pod)
{
    int slot = 0;
    if (m_freeSlots.empty()) {
        slot = int(m_slots.size());
        m_slots.push_back(std::move(pod));
        m_rowOfSlot.push_back(size());
    } else {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
        m_slots[size_t(slot)] = std::move(pod);
        m_rowOfSlot[size_t(slot)] = size();
    }
    m_slotByKey.insert(keyOf(m_slots[size_t(slot)]), slot);
    m_slotOfRow.push_back(slot);
}

void PodStore::replace(int row, PodSummary pod)
{
    m_slots[size_t(m_slotOfRow[size_t(row)])] = std::move(pod);
}

void PodStore::removeRange(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const int slot = m_slotOfRow[size_t(row)];
        m_slotByKey.remove(keyOf(m_slots[size_t(slot)]));
        m_slots[size_t(slot)] = PodSummary();
        m_rowOfSlot[size_t(slot)] = -1;
        m_freeSlots.push_back(slot);
    }
    m_slotOfRow.erase(m_slotOfRow.begin() + first, m_slotOfRow.begin() + last + 1);
}

void PodStore::renumberFrom(int row)
{
    for (int i = row; i < size(); ++i)
        m_rowOfSlot[size_t(m_slotOfRow[size_t(i)])] = i;
}

} // namespace meshfed
