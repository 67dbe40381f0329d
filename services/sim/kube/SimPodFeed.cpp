#include "services/sim/kube/SimPodFeed.h"

#include "services/sim/kube/SimCluster.h"

#include <QJsonArray>

namespace meshfed {

using namespace Qt::StringLiterals;

SimPodFeed::SimPodFeed(SimCluster* cluster, PodModel* pods, QObject* parent)
    : QObject(parent)
    , m_pods(pods)
{
    QJsonArray items;
    for (const QJsonObject& pod : cluster->store().list(u"pods"_s, {}))
        items.append(pod);
    pods->resetFromList(items);
    m_timer.setSingleShot(true);
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &SimPodFeed::flush);
    connect(&cluster->store(), &SimObjectStore::changed, this, [this](const StoreEvent& event) {
        if (event.key.resource != u"pods"_s)
            return;
        const auto type = PodEvent::typeFromName(event.type);
        if (!type)
            return;
        m_pending.append(PodEvent::fromJson(*type, event.object));
        if (!m_timer.isActive())
            m_timer.start();
    });
}

void SimPodFeed::flush()
{
    if (m_pods)
        m_pods->applyEvents(std::exchange(m_pending, {}));
}

} // namespace meshfed
