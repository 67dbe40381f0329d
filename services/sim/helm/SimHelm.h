#pragma once

#include "services/helm/HelmRunner.h"
#include "services/sim/helm/SimCharts.h"

#include <QHash>
#include <QObject>

namespace meshfed {

class SimCluster;
class SimVault;
class SimWorkloads;

/// The simulator's helm: `upgrade --install` of the vault or consul chart with a values file
/// creates, in the simulated cluster of the kube context, what the real chart creates (names,
/// counts, annotations), and --wait waits for the pods and load balancers as helm does.
///
/// Usage:
///     SimHelm helm(&vault);
///     helm.addContext(u"sim-dc1"_s, &dc1, &dc1Workloads);
///     HelmOutcome outcome = co_await helm.upgradeInstall(request);
class SimHelm : public QObject, public HelmRunner
{
    Q_OBJECT

public:
    explicit SimHelm(SimVault* vault, QObject* parent = nullptr);

    void addContext(const QString& kubeContext, SimCluster* cluster, SimWorkloads* workloads);
    QCoro::Task<HelmOutcome> upgradeInstall(HelmInstall request) override;
    QCoro::Task<HelmReleaseInfo> release(QString release, QString kubeContext, QString kubeNamespace) override;
    /// How many upgrade --install calls were made (tests prove that a second run installs nothing).
    int installCount() const { return m_installs; }

private:
    struct Target
    {
        SimCluster* cluster = nullptr;
        SimWorkloads* workloads = nullptr;
    };
    void applyObjects(SimCluster* cluster, const QString& ns, const QList<QJsonObject>& objects);
    void pointVaultServiceAtTheSimulator(SimCluster* cluster, const QString& ns, const QString& release);
    bool installed(const Target& target, const QString& ns, const SimRendered& rendered, QString* pending) const;

    SimVault* m_vault;
    QHash<QString, Target> m_targets;
    QHash<QString, HelmReleaseInfo> m_releases; ///< "context/namespace/release"
    int m_installs = 0;
};

} // namespace meshfed
