#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace meshfed {

class PodDetailsSource;
class PodModel;
class TopologyModel;

/// What the main window shows: the topology, one pod model per datacenter, and where pod
/// details come from. Owned elsewhere (DemoSession in demo mode; later the connection manager
/// with one PodWatcher per cluster); the window only observes.
struct Workspace
{
    TopologyModel* topology = nullptr;
    QList<std::pair<QString, PodModel*>> pods; ///< datacenter → its pods, in plan order
    PodDetailsSource* details = nullptr;
};

} // namespace meshfed
