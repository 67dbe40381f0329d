#pragma once

#include "services/sim/helm/SimCharts.h"
#include "services/sim/kube/SimObjectStore.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace meshfed {

class SimCluster;
class SimVault;

/// How fast simulated pods move. Zero delays make the whole procedure run as fast as it can.
struct SimTiming
{
    int podStartMs = 1500;    ///< Pending → ContainerCreating/Init → Running
    int backoffBaseMs = 2000; ///< first CrashLoopBackOff wait (kubelet: 10 s), doubling
    int backoffMaxMs = 20000; ///< cap (kubelet: 5 min)
    int tickMs = 200;         ///< how often pods are looked at
};

/// What a pod's main program decides on a look: keep going, ready, crashed (with a log line) or done.
struct SimProgramState
{
    enum Kind { Starting, Ready, NotReady, Crashed, Completed } kind = Starting;
    QString log; ///< appended to the main container's log when it is new
};

/// The kubelet and the controllers of one simulated cluster: Deployments, StatefulSets and Jobs
/// get pods named as the real controllers name them; the Vault agent injector adds
/// vault-agent-init to annotated pods while it runs (failurePolicy Ignore otherwise); the agent
/// logs in to the simulated Vault with the pod's service-account token and reads every annotated
/// secret; a failure keeps the pod in Init:CrashLoopBackOff with growing restarts and Vault's
/// error in the vault-agent-init log. Consul's programs check what the real ones need (their
/// Vault files, the Connect CA, the primary's mesh gateway for a secondary).
///
/// Usage:
///     SimWorkloads workloads(&cluster, &vault, timing);
///     workloads.apply(u"default"_s, workload);      // from the simulated helm
///     workloads.isReady(u"default"_s, workload);    // for --wait
class SimWorkloads : public QObject
{
    Q_OBJECT

public:
    SimWorkloads(SimCluster* cluster, SimVault* vault, SimTiming timing, QObject* parent = nullptr);

    SimCluster* cluster() const { return m_cluster; }
    void setTiming(SimTiming timing);
    /// Finds the workloads of the cluster that runs a datacenter (federation checks).
    void setPeers(std::function<SimWorkloads*(const QString& datacenter)> peers) { m_peers = std::move(peers); }
    void setInjector(const QString& ns, const SimInjector& injector);

    void apply(const QString& ns, const SimWorkload& workload);
    bool isReady(const QString& ns, const SimWorkload& workload) const;
    /// Why a workload is not ready yet (for helm's timeout message).
    QString notReadyReason(const QString& ns, const SimWorkload& workload) const;
    /// The datacenter whose Consul servers run here, if any, and their namespace.
    std::optional<std::pair<QString, QString>> consulDatacenter() const;
    /// "host:port" of a LoadBalancer service's address (the first ingress), empty while pending.
    QString loadBalancerEndpoint(const QString& ns, const QString& service) const;
    bool workloadReady(const QString& ns, const QString& workloadName) const;

private:
    enum class Stage { Pending, Creating, Init, Running, CrashLoop, Succeeded };
    struct Pod
    {
        ObjectKey key;
        SimWorkload workload;
        bool injected = false;
        Stage stage = Stage::Pending;
        qint64 dueAtMs = 0;
        bool busy = false; ///< an agent or program call is in flight
        bool agentDone = false;
        bool initFailed = false; ///< the last vault-agent-init run failed
        int initRestarts = 0;
        int mainRestarts = 0;
        bool ready = false;
        QString vaultToken; ///< what the agent logged in with (for the program's own reads)
        QDateTime lastFinished;
        QStringList seenLogs;
    };

    void createPods(const QString& ns, const SimWorkload& workload);
    QString podName(const SimWorkload& workload, int ordinal) const;
    void tick();
    void advance(Pod& pod, qint64 now);
    void startAgent(const QString& id);
    void onAgentFinished(const QString& id, bool ok, const QString& token);
    void runProgram(const QString& id);
    void onProgramState(const QString& id, const SimProgramState& state);
    void crash(Pod& pod, bool init, qint64 now);
    void writeStatus(const Pod& pod);
    QJsonObject podObject(const QString& ns, const SimWorkload& workload, const QString& name, bool injected) const;
    bool injectorRunning(const QString& ns) const;
    void updateWorkloadStatus(const Pod& pod);

    // Programs (SimPrograms.cpp)
    QCoro::Task<SimProgramState> program(QString id);
    QCoro::Task<SimProgramState> consulServer(Pod pod);
    SimProgramState dependsOnServers(const Pod& pod) const;
    QCoro::Task<SimProgramState> aclInit(Pod pod);

    // The Vault agent (SimAgent.cpp)
    QCoro::Task<std::pair<bool, QString>> runAgent(Pod pod);
    void agentLog(const Pod& pod, const QString& line);

    SimCluster* m_cluster;
    SimVault* m_vault;
    SimTiming m_timing;
    QTimer m_tick;
    QHash<QString, Pod> m_pods;              ///< "ns/name"
    QHash<QString, SimInjector> m_injectors; ///< per namespace
    std::function<SimWorkloads*(const QString&)> m_peers;
    qint64 m_nowOffsetMs = 0;
};

} // namespace meshfed
