#pragma once

#include "model/kube/PodModel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace meshfed {

class SimCluster;

/// TEMPORARY stand-in for PodWatcher in demo mode and tests: fills a PodModel straight from a
/// simulated cluster's object store (a LIST at start, then its change events in batches every
/// 50 ms), without going through HTTP. Replace it with PodWatcher once services/kube has it.
///
/// Usage:
///     SimPodFeed feed(&sim.cluster(0), &dc1Pods);
class SimPodFeed : public QObject
{
    Q_OBJECT

public:
    SimPodFeed(SimCluster* cluster, PodModel* pods, QObject* parent = nullptr);

private:
    void flush();

    QPointer<PodModel> m_pods;
    QList<PodEvent> m_pending;
    QTimer m_timer;
};

} // namespace meshfed
