#include "services/session/ClusterWatches.h"

#include "model/kube/Kubeconfig.h"
#include "model/kube/PodModel.h"
#include "services/http/CancelToken.h"
#include "services/kube/KubeClient.h"
#include "services/kube/PodWatcher.h"

namespace meshfed {

struct ClusterWatches::Cluster
{
    QString datacenter;
    CancelToken cancel; ///< aborts the client's requests in flight so their coroutines end
    PodModel pods;
    std::unique_ptr<KubeClient> client;
    std::unique_ptr<PodWatcher> watcher;
};

namespace {

ClusterConnectionState connectionStateOf(PodWatcher::State state)
{
    switch (state) {
    case PodWatcher::State::Connected:
        return ClusterConnectionState::Connected;
    case PodWatcher::State::Reconnecting:
        return ClusterConnectionState::Reconnecting;
    case PodWatcher::State::Failed:
        return ClusterConnectionState::Failed;
    case PodWatcher::State::Idle:
    case PodWatcher::State::Connecting:
        break;
    }
    return ClusterConnectionState::Unknown;
}

} // namespace

ClusterWatches::ClusterWatches(QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
{ }

ClusterWatches::~ClusterWatches()
{
    stop();
}

void ClusterWatches::stop()
{
    m_details.clear();
    for (const auto& cluster : m_clusters) {
        m_topology.setPodModel(cluster->datacenter, nullptr);
        cluster->watcher->stop();
        // Requests still in flight end now (Cancelled), while their client and watcher exist:
        // a coroutine left waiting on a deleted reply would never finish.
        cluster->cancel.cancel();
    }
    m_clusters.clear();
}

QStringList ClusterWatches::watch(const FederationPlan& plan, const Kubeconfig& kubeconfig)
{
    stop();
    m_topology.setPlan(plan);
    QStringList problems;
    for (const DatacenterPlan& dc : plan.datacenters) {
        if (dc.kubeContext.isEmpty()) {
            problems << tr("%1: no kubeconfig context chosen yet").arg(dc.name);
            continue;
        }
        QList<KubeconfigProblem> contextProblems;
        std::optional<ResolvedKubeContext> context = kubeconfig.resolve(dc.kubeContext, &contextProblems);
        if (!context) {
            const QString why
                = contextProblems.isEmpty() ? tr("not in the kubeconfig") : contextProblems.constFirst().toString();
            problems << tr("%1: context \"%2\": %3").arg(dc.name, dc.kubeContext, why);
            m_topology.setConnectionState(dc.name, ClusterConnectionState::Failed, why);
            continue;
        }
        auto cluster = std::make_unique<Cluster>();
        cluster->datacenter = dc.name;
        cluster->pods.setClusterName(dc.name);
        cluster->client = std::make_unique<KubeClient>(m_nam, *context);
        cluster->client->setCancelToken(&cluster->cancel);
        cluster->watcher
            = std::make_unique<PodWatcher>(cluster->client.get(), &cluster->pods, dc.kubeNamespace, QString());
        m_topology.setPodModel(dc.name, &cluster->pods);
        m_details.addCluster(dc.name, cluster->client.get());
        follow(*cluster);
        m_clusters.push_back(std::move(cluster));
    }
    return problems;
}

void ClusterWatches::follow(Cluster& cluster)
{
    const QString datacenter = cluster.datacenter;
    connect(cluster.watcher.get(), &PodWatcher::stateChanged, this,
        [this, datacenter](PodWatcher::State state, const QString& reason) {
            m_topology.setConnectionState(datacenter, connectionStateOf(state), reason);
        });
    cluster.watcher->start();
}

QList<std::pair<QString, PodModel*>> ClusterWatches::pods() const
{
    QList<std::pair<QString, PodModel*>> out;
    for (const auto& cluster : m_clusters)
        out.append({cluster->datacenter, &cluster->pods});
    return out;
}

} // namespace meshfed
