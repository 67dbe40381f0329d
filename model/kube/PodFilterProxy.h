#pragma once

#include "model/kube/PodStatus.h"

#include <QList>
#include <QSortFilterProxyModel>

namespace meshfed {

/// Filters and sorts a PodModel for a pod table: by free text (namespace, name, STATUS, node or
/// a label value, case-insensitive) and by health class. Sorting uses PodModel::SortRole, so
/// READY, RESTARTS and AGE sort as numbers.
///
/// Usage:
///     PodFilterProxy proxy;
///     proxy.setSourceModel(&pods);
///     proxy.setFilterText(u"consul-server"_s);
///     proxy.setHealthFilter({PodHealth::Failing});   // empty: every health
///     tableView->setModel(&proxy);
class PodFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PodFilterProxy(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    void setHealthFilter(const QList<PodHealth>& healths);
    QList<PodHealth> healthFilter() const { return m_healths; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool matchesText(const QModelIndex& row) const;

    QString m_text;
    QList<PodHealth> m_healths;
};

} // namespace meshfed
