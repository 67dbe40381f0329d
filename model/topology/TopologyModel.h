#pragma once

#include "model/plan/FederationPlan.h"
#include "model/topology/TopologyTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace meshfed {

class PodModel;

/// The live topology of a federation: Vault, one cluster per datacenter of the plan with its
/// component groups and pods, and the links federation needs, each with a state and evidence.
/// Qt Core only; the topology scene and the tests observe it.
///
/// Usage:
///     TopologyModel topology;
///     topology.setPlan(plan);                                  // dc1 primary, dc2, dc3, ...
///     topology.setPodModel(u"dc1"_s, &dc1Pods);                // a PodModel fed by a watch
///     topology.setConnectionState(u"dc2"_s, ClusterConnectionState::Reconnecting, tr("watch closed"));
///     topology.setLinkResult(TopologyModel::wanLinkId(u"dc2"_s), LinkState::Failing, evidence);
///     connect(&topology, &TopologyModel::changed, view, ...);  // coalesced, once per event-loop turn
///
/// Pod changes are coalesced: the model recomputes groups, health and pod-derived link states
/// on the next event-loop turn after a quiet period, and at most once per coalescingInterval()
/// under a stream of changes (or at once with refresh()); one recomputation of 2 × 10,000 pods
/// costs tens of milliseconds (docs/PERFORMANCE.md). Engine results override what pods suggest
/// until clearLinkResult().
class TopologyModel : public QObject
{
    Q_OBJECT

public:
    explicit TopologyModel(QObject* parent = nullptr);
    ~TopologyModel() override;

    void setPlan(const FederationPlan& plan);
    const FederationPlan& plan() const { return m_plan; }
    /// The pods of a datacenter's cluster; the model watches it (not owned; may be null).
    void setPodModel(const QString& datacenter, PodModel* pods);
    PodModel* podModel(const QString& datacenter) const;

    void setConnectionState(const QString& datacenter, ClusterConnectionState state, const QString& reason = {});
    void setVaultState(VaultState health, const QString& reason = {});
    /// An engine result (preflight, verification) for a link; unknown ids are ignored and return false.
    bool setLinkResult(const QString& linkId, LinkState state, const QString& evidence);
    void clearLinkResult(const QString& linkId);

    // Link ids (stable strings; the engine uses them).
    static QString agentsToVaultLinkId(const QString& datacenter);     ///< "agents:<dc>->vault"
    static QString vaultToApiServerLinkId(const QString& secondary);   ///< "vault->api:<dc>"
    static QString serversToApiServerLinkId(const QString& secondary); ///< "servers:primary->api:<dc>"
    static QString wanLinkId(const QString& secondary);                ///< "wan:<dc>->primary"

    const VaultNode& vault() const { return m_vault; }
    const QList<ClusterNode>& clusters() const { return m_clusters; }
    const ClusterNode* cluster(const QString& datacenter) const;
    const QList<TopologyLink>& links() const { return m_links; }
    const TopologyLink* link(const QString& linkId) const;
    /// The pod with this key in a datacenter's cluster, if shown.
    std::optional<PodSummary> pod(const QString& datacenter, const QString& key) const;

    /// Recomputes now if pods changed since the last computation.
    void refresh();
    void setCoalescingInterval(int milliseconds);
    int coalescingInterval() const { return m_interval; }

Q_SIGNALS:
    /// Anything changed: structure, pods, health, connection or link states.
    void changed();

private:
    struct EngineResult
    {
        LinkState state;
        QString evidence;
    };
    void rebuildStructure();
    void watch(PodModel* pods);
    void markDirty();
    void recompute();
    void regroup(ClusterNode& cluster, const DatacenterPlan& dc, const PodModel* pods);
    void updateStale(ClusterNode& cluster) const;
    void deriveLinks();
    ClusterNode* findCluster(const QString& datacenter);

    FederationPlan m_plan;
    VaultNode m_vault;
    QList<ClusterNode> m_clusters;
    QList<TopologyLink> m_links;
    QHash<QString, QPointer<PodModel>> m_podModels;
    QHash<QString, EngineResult> m_engineResults;
    bool m_dirty = false;
    QTimer m_timer;
    QElapsedTimer m_sinceRecompute;
    int m_interval = 250;
};

} // namespace meshfed
