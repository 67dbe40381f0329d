#pragma once

#include "model/plan/FederationPlan.h"
#include "model/topology/TopologyTypes.h"

namespace meshfed {

/// The pure rules behind TopologyModel: which group a pod belongs to, and what pods prove about
/// the links. Kept apart so they can be read (and tested) without the model's bookkeeping.
namespace TopologyRules {

/// Consul pods: app=consul, release=<consulRelease>, component=...; injector pods:
/// app.kubernetes.io/name=vault-agent-injector, app.kubernetes.io/instance=<vaultRelease>.
GroupKind groupOf(const PodSummary& pod, const DatacenterPlan& dc);
/// The Vault server pod: app.kubernetes.io/name=vault, instance=<primary's vaultRelease>.
bool isVaultServer(const PodSummary& pod, const FederationPlan& plan);

/// Vault agents of a cluster → Vault, from their vault-agent-init containers.
std::pair<LinkState, QString> agentsToVault(const ClusterNode& cluster);
/// Vault → a secondary's API server: proven when that secondary's agents have logged in.
std::pair<LinkState, QString> vaultToApiServer(const ClusterNode& secondary, LinkState agentsLink);
/// Primary's servers → a secondary's API server: proven when its connect injector logged in and runs.
std::pair<LinkState, QString> serversToApiServer(const ClusterNode& secondary);
/// A secondary's mesh gateway → the primary's: proven when the secondary's servers and gateway run.
std::pair<LinkState, QString> wan(const ClusterNode& secondary, const ClusterNode& primary);

} // namespace TopologyRules

} // namespace meshfed
