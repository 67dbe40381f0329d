#pragma once

#include "gui/app/Workspace.h"
#include "model/plan/FederationPlan.h"

#include <QObject>

#include <memory>

namespace meshfed {

class Simulator;
struct SimulatorOptions;

/// `meshfed --demo`: an in-process Simulator (Vault and the API servers of dc1 and dc2), the
/// documented plan pointed at it, and the models the window shows, fed by the same watches as
/// for real clusters (ClusterWatches over the simulator's kubeconfig and real sockets).
///
/// Usage:
///     DemoSession demo;
///     if (!demo.start(&error)) ...
///     window.showWorkspace(demo.workspace());
class DemoSession : public QObject
{
    Q_OBJECT

public:
    explicit DemoSession(QObject* parent = nullptr);
    ~DemoSession() override;

    bool start(QString* error);
    /// Same, with the simulator's knobs (tests make pods move faster).
    bool start(const SimulatorOptions& options, QString* error);
    Workspace workspace() const;
    Simulator& simulator();
    const FederationPlan& plan() const { return m_plan; }
    /// The simulator's kubeconfig (contexts sim-dc1, sim-dc2), written in a private folder.
    QString kubeconfigPath() const;

private:
    struct Parts;
    std::unique_ptr<Parts> d;
    FederationPlan m_plan;
};

} // namespace meshfed
