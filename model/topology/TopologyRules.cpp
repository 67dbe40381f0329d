#include "model/topology/TopologyRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::TopologyRules)
};

const ContainerSummary* agentInit(const PodSummary& pod)
{
    for (const ContainerSummary& c : pod.initContainers) {
        if (c.name == u"vault-agent-init"_s)
            return &c;
    }
    return nullptr;
}

bool agentFailed(const ContainerSummary& c)
{
    return (c.state == u"waiting"_s && c.restartCount > 0) || (c.state == u"terminated"_s && c.exitCode != 0);
}

bool agentDone(const ContainerSummary& c)
{
    return c.state == u"terminated"_s && c.exitCode == 0;
}

bool allRunning(const PodGroup& group)
{
    return !group.pods.isEmpty() && group.health == Health::Healthy;
}

} // namespace

Health healthOf(PodHealth pod)
{
    switch (pod) {
    case PodHealth::Healthy:
        return Health::Healthy;
    case PodHealth::Progressing:
        return Health::Progressing;
    case PodHealth::Failing:
        return Health::Failing;
    }
    return Health::Unknown;
}

Health worse(Health a, Health b)
{
    return std::max(a, b);
}

QString groupKindName(GroupKind kind)
{
    switch (kind) {
    case GroupKind::VaultInjector:
        return u"vault-injector"_s;
    case GroupKind::ConsulServers:
        return u"consul-servers"_s;
    case GroupKind::ConnectInjector:
        return u"connect-injector"_s;
    case GroupKind::MeshGateway:
        return u"mesh-gateway"_s;
    case GroupKind::AclInit:
        return u"server-acl-init"_s;
    case GroupKind::Other:
        return u"other"_s;
    }
    return u"other"_s;
}

QList<std::pair<QString, int>> PodGroup::statusCounts() const
{
    QHash<QString, int> counts;
    for (const PodSummary& pod : pods)
        ++counts[pod.status.status];
    QList<std::pair<QString, int>> result;
    result.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.append({it.key(), it.value()});
    std::sort(result.begin(), result.end(),
        [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    return result;
}

namespace TopologyRules {

GroupKind groupOf(const PodSummary& pod, const DatacenterPlan& dc)
{
    const auto& labels = pod.labels;
    if (labels.value(u"app.kubernetes.io/name"_s) == u"vault-agent-injector"_s
        && labels.value(u"app.kubernetes.io/instance"_s) == dc.vaultRelease)
        return GroupKind::VaultInjector;
    if (labels.value(u"app"_s) != u"consul"_s || labels.value(u"release"_s) != dc.consulRelease)
        return GroupKind::Other;
    const QString component = labels.value(u"component"_s);
    if (component == u"server"_s)
        return GroupKind::ConsulServers;
    if (component == u"connect-injector"_s)
        return GroupKind::ConnectInjector;
    if (component == u"mesh-gateway"_s)
        return GroupKind::MeshGateway;
    if (component == u"server-acl-init"_s)
        return GroupKind::AclInit;
    return GroupKind::Other;
}

bool isVaultServer(const PodSummary& pod, const FederationPlan& plan)
{
    return !plan.datacenters.isEmpty() && pod.labels.value(u"app.kubernetes.io/name"_s) == u"vault"_s
        && pod.labels.value(u"app.kubernetes.io/instance"_s) == plan.primary().vaultRelease;
}

std::pair<LinkState, QString> agentsToVault(const ClusterNode& cluster)
{
    int done = 0;
    for (const PodGroup& group : cluster.groups) {
        for (const PodSummary& pod : group.pods) {
            const ContainerSummary* agent = agentInit(pod);
            if (agent && agentFailed(*agent)) {
                const QString reason = agent->reason.isEmpty() ? agent->lastTerminationReason : agent->reason;
                return {LinkState::Failing,
                    Tr::tr("%1: vault-agent-init %2 (restarts %3); its log has Vault's answer")
                        .arg(pod.name, reason)
                        .arg(agent->restartCount)};
            }
            if (agent && agentDone(*agent))
                ++done;
        }
    }
    if (done > 0)
        return {LinkState::Ok,
            Tr::tr("vault-agent-init completed in %n pod(s) of %1", nullptr, done).arg(cluster.datacenter)};
    return {LinkState::Unknown, Tr::tr("no Vault agent in %1 has finished yet").arg(cluster.datacenter)};
}

std::pair<LinkState, QString> vaultToApiServer(const ClusterNode& secondary, LinkState agentsLink)
{
    if (agentsLink == LinkState::Ok)
        return {LinkState::Ok,
            Tr::tr("Vault accepted logins of agents in %1, so it can review their tokens").arg(secondary.datacenter)};
    if (agentsLink == LinkState::Failing)
        return {LinkState::Unknown,
            Tr::tr("agents in %1 cannot log in; a failing token review is one possible cause")
                .arg(secondary.datacenter)};
    return {LinkState::Unknown, Tr::tr("no agent in %1 has logged in to Vault yet").arg(secondary.datacenter)};
}

std::pair<LinkState, QString> serversToApiServer(const ClusterNode& secondary)
{
    if (allRunning(secondary.group(GroupKind::ConnectInjector)))
        return {LinkState::Ok,
            Tr::tr("the connect injector of %1 logged in through the auth method and runs").arg(secondary.datacenter)};
    return {LinkState::Unknown,
        Tr::tr("not verified yet (the connect injector of %1 is not running)").arg(secondary.datacenter)};
}

std::pair<LinkState, QString> wan(const ClusterNode& secondary, const ClusterNode& primary)
{
    if (allRunning(secondary.group(GroupKind::ConsulServers)) && allRunning(secondary.group(GroupKind::MeshGateway))
        && allRunning(primary.group(GroupKind::MeshGateway)))
        return {LinkState::Ok,
            Tr::tr("the servers of %1 joined through the mesh gateways and run").arg(secondary.datacenter)};
    return {LinkState::Unknown, Tr::tr("not verified yet (servers or mesh gateways are not all running)")};
}

} // namespace TopologyRules

} // namespace meshfed
