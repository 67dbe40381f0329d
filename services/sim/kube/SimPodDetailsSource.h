#pragma once

#include "services/kube/PodDetailsSource.h"

#include <QHash>
#include <QPointer>

namespace meshfed {

class SimCluster;

/// PodDetailsSource over the simulated clusters: events from the cluster's store, logs from
/// SimCluster::logs(), follow from SimCluster::logAppended.
///
/// Usage:
///     SimPodDetailsSource source;
///     source.addCluster(u"dc1"_s, &sim.cluster(0));
///     view.setSource(&source);
class SimPodDetailsSource : public PodDetailsSource
{
    Q_OBJECT

public:
    using PodDetailsSource::PodDetailsSource;

    void addCluster(const QString& datacenter, SimCluster* cluster);

    void requestEvents(const PodRef& pod) override;
    void requestLogs(const PodRef& pod, const QString& container, int tailLines) override;
    void setFollow(const PodRef& pod, const QString& container, bool follow) override;

private:
    SimCluster* clusterOf(const PodRef& pod);
    void onLogAppended(
        SimCluster* cluster, const QString& ns, const QString& pod, const QString& container, const QString& line);

    QHash<QString, QPointer<SimCluster>> m_clusters;
    PodRef m_followed;
    QString m_followedContainer;
};

} // namespace meshfed
