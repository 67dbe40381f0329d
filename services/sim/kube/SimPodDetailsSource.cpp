#include "services/sim/kube/SimPodDetailsSource.h"

#include "services/sim/kube/SimCluster.h"

#include <QTimer>

#include <algorithm>

namespace meshfed {

using namespace Qt::StringLiterals;

void SimPodDetailsSource::addCluster(const QString& datacenter, SimCluster* cluster)
{
    m_clusters.insert(datacenter, cluster);
    connect(cluster, &SimCluster::logAppended, this,
        [this, cluster](const QString& ns, const QString& pod, const QString& container, const QString& line) {
            onLogAppended(cluster, ns, pod, container, line);
        });
}

SimCluster* SimPodDetailsSource::clusterOf(const PodRef& pod)
{
    SimCluster* cluster = m_clusters.value(pod.datacenter);
    if (!cluster) {
        QTimer::singleShot(0, this,
            [this, pod] { Q_EMIT failed(pod, tr("No cluster is known for datacenter %1.").arg(pod.datacenter)); });
    }
    return cluster;
}

void SimPodDetailsSource::requestEvents(const PodRef& pod)
{
    SimCluster* cluster = clusterOf(pod);
    if (!cluster)
        return;
    // Oldest first, as kubectl describe lists them; events of the same second in creation order.
    QList<std::pair<qint64, PodEventRecord>> found;
    for (const QJsonObject& event : cluster->store().list(u"events"_s, pod.namespaceName)) {
        const QJsonObject involved = event.value(u"involvedObject"_s).toObject();
        if (involved.value(u"name"_s).toString() == pod.name && involved.value(u"kind"_s).toString() == u"Pod"_s) {
            const qint64 version
                = event.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString().toLongLong();
            found.append({version, PodEventRecord::fromJson(event)});
        }
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.second.lastSeen != b.second.lastSeen ? a.second.lastSeen < b.second.lastSeen : a.first < b.first;
    });
    QList<PodEventRecord> events;
    for (const auto& entry : std::as_const(found))
        events.append(entry.second);
    QTimer::singleShot(0, this, [this, pod, events] { Q_EMIT eventsReady(pod, events); });
}

void SimPodDetailsSource::requestLogs(const PodRef& pod, const QString& container, int tailLines)
{
    SimCluster* cluster = clusterOf(pod);
    if (!cluster)
        return;
    QStringList lines = cluster->logs(pod.namespaceName, pod.name, container);
    if (tailLines >= 0 && lines.size() > tailLines)
        lines = lines.mid(lines.size() - tailLines);
    QTimer::singleShot(0, this, [this, pod, container, lines] { Q_EMIT logsReady(pod, container, lines); });
}

void SimPodDetailsSource::setFollow(const PodRef& pod, const QString& container, bool follow)
{
    m_followed = follow ? pod : PodRef {};
    m_followedContainer = follow ? container : QString();
}

void SimPodDetailsSource::onLogAppended(
    SimCluster* cluster, const QString& ns, const QString& pod, const QString& container, const QString& line)
{
    if (m_followedContainer.isEmpty() || container != m_followedContainer || pod != m_followed.name
        || ns != m_followed.namespaceName || m_clusters.value(m_followed.datacenter) != cluster)
        return;
    Q_EMIT logLineAppended(m_followed, container, line);
}

} // namespace meshfed
