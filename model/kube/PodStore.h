#pragma once

#include "model/kube/PodStatus.h"

#include <QHash>

#include <vector>

namespace meshfed {

/// Pods in row order with O(1) lookup by key. Each pod lives in a stable slot, so removing rows
/// only renumbers plain integers (no rehashing, no moving of pods). PodModel's storage.
///
/// Usage:
///     store.append(pod);                    // key must be new
///     const int row = store.rowOf(key);     // -1 when absent
///     store.removeRange(3, 5); store.renumberFrom(3);
class PodStore
{
public:
    /// The identity of a pod: metadata.uid, or "namespace/name" when it has none.
    static QString keyOf(const PodSummary& pod) { return pod.uid.isEmpty() ? pod.key() : pod.uid; }

    int size() const { return int(m_slotOfRow.size()); }
    const PodSummary& at(int row) const { return m_slots[size_t(m_slotOfRow[size_t(row)])]; }
    int rowOf(const QString& key) const;

    void clear();
    void reserve(qsizetype count);
    void append(PodSummary pod);
    void replace(int row, PodSummary pod);
    /// Removes rows first..last and forgets their keys. Later rows are numbered again by renumberFrom().
    void removeRange(int first, int last);
    void renumberFrom(int row);

private:
    std::vector<PodSummary> m_slots;
    std::vector<int> m_freeSlots;
    QHash<QString, int> m_slotByKey;
    std::vector<int> m_slotOfRow;
    std::vector<int> m_rowOfSlot; ///< -1 for a free slot
};

} // namespace meshfed
