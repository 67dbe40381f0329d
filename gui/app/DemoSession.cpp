#include "gui/app/DemoSession.h"

#include "model/kube/Kubeconfig.h"
#include "model/topology/TopologyModel.h"
#include "services/session/ClusterWatches.h"
#include "services/sim/kube/SimCluster.h"
#include "services/sim/Simulator.h"
#include "services/sim/vault/SimVault.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

namespace meshfed {

struct DemoSession::Parts
{
    std::unique_ptr<Simulator> simulator;
    QNetworkAccessManager nam;
    ClusterWatches watches {&nam}; ///< over real sockets, exactly as for real clusters
    QTemporaryDir files;           ///< the kubeconfig and vault.env of the session (mode 0700)
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
    for (int i = 0; i < m_plan.datacenters.size(); ++i) {
        DatacenterPlan& dc = m_plan.datacenters[i];
        dc.kubeContext = Simulator::contextName(i);
        if (i > 0)
            dc.apiServerUrl = d->simulator->cluster(i).url().toString();
    }
    const Kubeconfig kubeconfig = Kubeconfig::load(KubeconfigSources::fromSystem(kubeconfigPath()));
    const QStringList problems = d->watches.watch(m_plan, kubeconfig);
    if (!problems.isEmpty()) {
        *error = problems.join(u'\n');
        return false;
    }
    d->watches.topology()->setVaultState(
        VaultState::Active, tr("the simulator's Vault dev server (unsealed, in-process)"));
    return true;
}

Workspace DemoSession::workspace() const
{
    return {d->watches.topology(), d->watches.pods(), d->watches.details()};
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
