#pragma once

#include "model/plan/FederationPlan.h"
#include "model/topology/TopologyModel.h"
#include "services/kube/KubePodDetailsSource.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

class QNetworkAccessManager;

namespace meshfed {

class Kubeconfig;
class KubeClient;
class PodModel;
class PodWatcher;

/// The live view of a plan's clusters: per datacenter with a kubeconfig context, one KubeClient,
/// one PodWatcher (LIST then WATCH of the datacenter's namespace) and one PodModel, all feeding a
/// TopologyModel whose connection states follow the watches, plus pod details over the same clients.
/// A third datacenter in the plan is one more watch; nothing here counts to two.
///
/// Usage:
///     ClusterWatches watches(&nam);
///     const QStringList problems = watches.watch(plan, Kubeconfig::load(KubeconfigSources::fromSystem()));
///     window.showWorkspace({watches.topology(), watches.pods(), watches.details()});
class ClusterWatches : public QObject
{
    Q_OBJECT

public:
    explicit ClusterWatches(QNetworkAccessManager* nam, QObject* parent = nullptr);
    ~ClusterWatches() override;

    /// Stops the previous watches and starts one per datacenter whose context resolves. Returns
    /// one translated line per datacenter that cannot be watched (no context, bad kubeconfig entry).
    QStringList watch(const FederationPlan& plan, const Kubeconfig& kubeconfig);
    void stop();

    TopologyModel* topology() { return &m_topology; }
    PodDetailsSource* details() { return &m_details; }
    /// datacenter → its pods, in plan order (only the watched ones).
    QList<std::pair<QString, PodModel*>> pods() const;

private:
    struct Cluster;
    void follow(Cluster& cluster);

    QNetworkAccessManager* m_nam;
    TopologyModel m_topology;
    KubePodDetailsSource m_details;
    std::vector<std::unique_ptr<Cluster>> m_clusters;
};

} // namespace meshfed
