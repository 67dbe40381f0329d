#pragma once

#include "services/sim/workloads/SimWorkloads.h"

#include <QObject>
#include <QString>

#include <memory>

namespace meshfed {

class SimCluster;
class SimHelm;
class SimVault;

/// Knobs of the whole simulation.
struct SimulatorOptions
{
    SimTiming timing;
    int loadBalancerDelayMs = 1500;
    int tokenControllerDelayMs = 300;
    quint32 seed = 1;       ///< for fault injection
    QString vaultRootToken; ///< empty: "root", as the vault chart's dev mode
};

/// The embedded simulator: a Vault dev server and two Kubernetes API servers on 127.0.0.1
/// (contexts sim-dc1 and sim-dc2; dc1's load balancers report IPs, dc2's hostnames as EKS does),
/// with a simulated helm. Demo mode and the end-to-end tests run on it; `meshfed sim` serves it.
///
/// Usage:
///     Simulator sim;
///     if (!sim.start(&error)) ...
///     sim.writeConnectionFiles(dir, &error);      // dir/kubeconfig, dir/vault.env
///     HelmRunner& helm = sim.helm();
class Simulator : public QObject
{
    Q_OBJECT

public:
    explicit Simulator(SimulatorOptions options = {}, QObject* parent = nullptr);
    ~Simulator() override;

    bool start(QString* error);
    SimVault& vault();
    SimCluster& cluster(int index); ///< 0: sim-dc1, 1: sim-dc2
    SimWorkloads& workloads(int index);
    SimHelm& helm();
    static QString contextName(int index) { return index == 0 ? QStringLiteral("sim-dc1") : QStringLiteral("sim-dc2"); }

    /// A kubeconfig with the contexts sim-dc1 (current) and sim-dc2 (admin tokens, CA data).
    QByteArray kubeconfig() const;
    /// VAULT_ADDR and VAULT_TOKEN lines.
    QByteArray vaultEnvironment() const;
    /// Writes DIR/kubeconfig (mode 0600: it holds tokens) and DIR/vault.env.
    bool writeConnectionFiles(const QString& dir, QString* error) const;

    void setTiming(SimTiming timing);

private:
    struct Parts;
    std::unique_ptr<Parts> d;
    SimulatorOptions m_options;
};

} // namespace meshfed
