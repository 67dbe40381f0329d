#pragma once

#include "model/kube/PodStatus.h"

#include <QList>
#include <QString>

#include <optional>

namespace meshfed {

/// A group's, cluster's or link's health at a glance. Ordered: the worst member wins (Failing).
enum class Health { Unknown, Healthy, Progressing, Failing };

Health healthOf(PodHealth pod);
/// The worse of two: Failing > Progressing > Healthy > Unknown.
Health worse(Health a, Health b);

/// What the setup engine (sys/health) or the Vault pod says about the Vault server.
enum class VaultState { Unknown, Active, Sealed, Unreachable };

/// Whether a link that federation needs works: unknown until pods or the engine prove it either way.
enum class LinkState { Unknown, Ok, Failing };

/// How the pod watch of one cluster stands (the PodWatcher sets it; the demo sets Connected).
enum class ClusterConnectionState { Unknown, Connected, Reconnecting, Failed };

/// The component groups shown inside each cluster, in display order.
enum class GroupKind { VaultInjector, ConsulServers, ConnectInjector, MeshGateway, AclInit, Other };

/// The four kinds of link that federation with Vault needs.
enum class LinkKind {
    AgentsToVault,      ///< Vault agents in a cluster → Vault (login, secret reads)
    VaultToApiServer,   ///< Vault → a secondary's API server (TokenReview of its logins)
    ServersToApiServer, ///< primary's Consul servers → a secondary's API server (k8sAuthMethodHost)
    MeshGatewayWan,     ///< a secondary's mesh gateway → the primary's mesh gateway (WAN federation)
};

/// One component group of a cluster and its pods.
struct PodGroup
{
    GroupKind kind = GroupKind::Other;
    QString id; ///< "<datacenter>/<kind>", stable across updates (folding state keys on it)
    QList<PodSummary> pods;
    Health health = Health::Unknown; ///< worst pod; Unknown when empty

    /// STATUS text → number of pods, most frequent first ("Running 812, Pending 3").
    QList<std::pair<QString, int>> statusCounts() const;
};

/// One datacenter's Kubernetes cluster.
struct ClusterNode
{
    QString datacenter;
    QString kubeContext;
    bool primary = false;
    ClusterConnectionState connection = ClusterConnectionState::Unknown;
    QString connectionReason; ///< why it is reconnecting or failed ("" when connected)
    bool stale = false;       ///< the pods shown may be out of date
    QList<PodGroup> groups;   ///< one per GroupKind, in GroupKind order
    Health health = Health::Unknown;
    int podCount = 0;

    const PodGroup& group(GroupKind kind) const { return groups.at(int(kind)); }
};

/// The Vault server (in the primary's cluster).
struct VaultNode
{
    QString address; ///< external address from the plan, e.g. http://203.0.113.10:8200
    VaultState health = VaultState::Unknown;
    QString reason;                ///< the engine's evidence for `health`
    std::optional<PodSummary> pod; ///< the server pod, once seen
    QString datacenter;            ///< where the server runs (the primary)
};

/// A link between two nodes; `from` and `to` name node ids ("vault", "<dc>/api", "<dc>/<kind>").
struct TopologyLink
{
    QString id;
    LinkKind kind = LinkKind::AgentsToVault;
    QString datacenter; ///< the datacenter the link is about (agents' cluster, the secondary)
    QString from;
    QString to;
    LinkState state = LinkState::Unknown;
    QString evidence;        ///< why the state is what it is, for tooltips
    bool fromEngine = false; ///< the state is an engine result rather than read from pods
};

QString groupKindName(GroupKind kind); ///< stable id part: "vault-injector", "consul-servers", ...

} // namespace meshfed
