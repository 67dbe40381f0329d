#include "model/kube/PodFilterProxy.h"

#include "model/kube/PodModel.h"

namespace meshfed {

PodFilterProxy::PodFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PodModel::SortRole);
    setDynamicSortFilter(true);
}

void PodFilterProxy::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void PodFilterProxy::setHealthFilter(const QList<PodHealth>& healths)
{
    if (healths == m_healths)
        return;
    m_healths = healths;
    invalidateFilter();
}

bool PodFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_healths.isEmpty() && !m_healths.contains(PodHealth(row.data(PodModel::HealthRole).toInt())))
        return false;
    return m_text.isEmpty() || matchesText(row);
}

bool PodFilterProxy::matchesText(const QModelIndex& row) const
{
    for (const int column :
        {PodModel::NamespaceColumn, PodModel::NameColumn, PodModel::StatusColumn, PodModel::NodeColumn}) {
        if (row.siblingAtColumn(column).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    const QVariantMap labels = row.data(PodModel::LabelsRole).toMap();
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.value().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace meshfed
