#include "gui/app/DemoSession.h"

#include "model/kube/PodModel.h"
#include "model/topology/TopologyModel.h"
#include "services/sim/kube/SimCluster.h"
#include "services/sim/kube/SimPodDetailsSource.h"
#include "services/sim/kube/SimPodFeed.h"
#include "services/sim/Simulator.h"
#include "services/sim/vault/SimVault.h"

#include <QTemporaryDir>

namespace meshfed {

struct DemoSession::Parts
{
    std::unique_ptr<Simulator> simulator;
    PodModel pods[2];
    std::unique_ptr<SimPodFeed> feeds[2];
    SimPodDetailsSource details;
    TopologyModel topology;
    QTemporaryDir files; ///< the kubeconfig and vault.env of the session (mode 0700)
};

DemoSession::DemoSession(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Parts>())
{ }

DemoSession::~DemoSession() = default;

bool DemoSession::start(QString* error)
{
    return start(SimulatorOptions {}, error);
}

bool DemoSession::start(const SimulatorOptions& options, QString* error)
{
    d->simulator = std::make_unique<Simulator>(options);
    if (!d->simulator->start(error) || !d->simulator->writeConnectionFiles(d->files.path(), error))
        return false;
    m_plan = FederationPlan::defaults();
    m_plan.vault.address = d->simulator->vault().address().toString();
    for (int i = 0; i < 2; ++i) {
        DatacenterPlan& dc = m_plan.datacenters[i];
        dc.kubeContext = Simulator::contextName(i);
        if (i > 0)
            dc.apiServerUrl = d->simulator->cluster(i).url().toString();
        d->pods[i].setClusterName(dc.name);
        d->feeds[i] = std::make_unique<SimPodFeed>(&d->simulator->cluster(i), &d->pods[i]);
        d->details.addCluster(dc.name, &d->simulator->cluster(i));
    }
    d->topology.setPlan(m_plan);
    for (int i = 0; i < 2; ++i) {
        const QString name = m_plan.datacenters.at(i).name;
        d->topology.setPodModel(name, &d->pods[i]);
        // The pods come from the in-process simulator, not over a watch: always connected.
        d->topology.setConnectionState(name, ClusterConnectionState::Connected);
    }
    d->topology.setVaultState(VaultState::Active, tr("the simulator's Vault dev server (unsealed, in-process)"));
    return true;
}

Workspace DemoSession::workspace() const
{
    Workspace workspace;
    workspace.topology = &d->topology;
    for (int i = 0; i < m_plan.datacenters.size() && i < 2; ++i)
        workspace.pods.append({m_plan.datacenters.at(i).name, &d->pods[i]});
    workspace.details = &d->details;
    return workspace;
}

QString DemoSession::kubeconfigPath() const
{
    return d->files.filePath(QStringLiteral("kubeconfig"));
}

Simulator& DemoSession::simulator()
{
    return *d->simulator;
}

} // namespace meshfed
