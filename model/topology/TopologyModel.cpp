#include "model/topology/TopologyModel.h"

#include "model/kube/PodModel.h"
#include "model/topology/TopologyRules.h"

#include <QTimer>

#include <array>
#include <vector>

namespace meshfed {

using namespace Qt::StringLiterals;

TopologyModel::TopologyModel(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TopologyModel::refresh);
}

void TopologyModel::setCoalescingInterval(int milliseconds)
{
    m_interval = milliseconds;
}

TopologyModel::~TopologyModel() = default;

QString TopologyModel::agentsToVaultLinkId(const QString& datacenter)
{
    return u"agents:"_s + datacenter + u"->vault"_s;
}

QString TopologyModel::vaultToApiServerLinkId(const QString& secondary)
{
    return u"vault->api:"_s + secondary;
}

QString TopologyModel::serversToApiServerLinkId(const QString& secondary)
{
    return u"servers:primary->api:"_s + secondary;
}

QString TopologyModel::wanLinkId(const QString& secondary)
{
    return u"wan:"_s + secondary + u"->primary"_s;
}

void TopologyModel::setPlan(const FederationPlan& plan)
{
    m_plan = plan;
    rebuildStructure();
    recompute();
}

void TopologyModel::rebuildStructure()
{
    QHash<QString, ClusterNode> previous;
    for (const ClusterNode& c : std::as_const(m_clusters))
        previous.insert(c.datacenter, c);
    m_clusters.clear();
    for (const DatacenterPlan& dc : std::as_const(m_plan.datacenters)) {
        ClusterNode node;
        node.datacenter = dc.name;
        node.kubeContext = dc.kubeContext;
        node.primary = m_plan.isPrimary(dc);
        if (const auto it = previous.constFind(dc.name); it != previous.constEnd()) {
            node.connection = it->connection;
            node.connectionReason = it->connectionReason;
        }
        m_clusters.append(node);
    }
    m_vault.address = m_plan.vault.address;
    m_vault.datacenter = m_plan.datacenters.isEmpty() ? QString() : m_plan.primary().name;
}

void TopologyModel::setPodModel(const QString& datacenter, PodModel* pods)
{
    if (PodModel* old = m_podModels.value(datacenter))
        old->disconnect(this);
    m_podModels.insert(datacenter, pods);
    if (pods)
        watch(pods);
    recompute();
}

PodModel* TopologyModel::podModel(const QString& datacenter) const
{
    return m_podModels.value(datacenter);
}

void TopologyModel::watch(PodModel* pods)
{
    connect(pods, &QAbstractItemModel::rowsInserted, this, &TopologyModel::markDirty);
    connect(pods, &QAbstractItemModel::rowsRemoved, this, &TopologyModel::markDirty);
    connect(pods, &QAbstractItemModel::dataChanged, this, &TopologyModel::markDirty);
    connect(pods, &QAbstractItemModel::modelReset, this, &TopologyModel::markDirty);
    connect(pods, &PodModel::staleChanged, this, &TopologyModel::markDirty);
}

void TopologyModel::markDirty()
{
    m_dirty = true;
    if (m_timer.isActive())
        return;
    const qint64 sinceLast = m_sinceRecompute.isValid() ? m_sinceRecompute.elapsed() : m_interval;
    m_timer.start(int(qMax<qint64>(0, m_interval - sinceLast)));
}

void TopologyModel::refresh()
{
    if (m_dirty)
        recompute();
}

void TopologyModel::setConnectionState(const QString& datacenter, ClusterConnectionState state, const QString& reason)
{
    ClusterNode* cluster = findCluster(datacenter);
    if (!cluster || (cluster->connection == state && cluster->connectionReason == reason))
        return;
    cluster->connection = state;
    cluster->connectionReason = reason;
    updateStale(*cluster);
    Q_EMIT changed();
}

void TopologyModel::setVaultState(VaultState health, const QString& reason)
{
    if (m_vault.health == health && m_vault.reason == reason)
        return;
    m_vault.health = health;
    m_vault.reason = reason;
    Q_EMIT changed();
}

bool TopologyModel::setLinkResult(const QString& linkId, LinkState state, const QString& evidence)
{
    if (!link(linkId))
        return false;
    m_engineResults.insert(linkId, {state, evidence});
    deriveLinks();
    Q_EMIT changed();
    return true;
}

void TopologyModel::clearLinkResult(const QString& linkId)
{
    if (m_engineResults.remove(linkId) == 0)
        return;
    deriveLinks();
    Q_EMIT changed();
}

const ClusterNode* TopologyModel::cluster(const QString& datacenter) const
{
    for (const ClusterNode& c : m_clusters) {
        if (c.datacenter == datacenter)
            return &c;
    }
    return nullptr;
}

ClusterNode* TopologyModel::findCluster(const QString& datacenter)
{
    return const_cast<ClusterNode*>(std::as_const(*this).cluster(datacenter));
}

const TopologyLink* TopologyModel::link(const QString& linkId) const
{
    for (const TopologyLink& l : m_links) {
        if (l.id == linkId)
            return &l;
    }
    return nullptr;
}

std::optional<PodSummary> TopologyModel::pod(const QString& datacenter, const QString& key) const
{
    const PodModel* pods = m_podModels.value(datacenter);
    if (!pods)
        return std::nullopt;
    const int row = pods->rowOfKey(key);
    return row >= 0 ? std::optional(pods->podAt(row)) : std::nullopt;
}

void TopologyModel::recompute()
{
    m_dirty = false;
    m_timer.stop();
    m_sinceRecompute.start();
    m_vault.pod.reset();
    for (int i = 0; i < m_clusters.size(); ++i)
        regroup(m_clusters[i], m_plan.datacenters.at(i), m_podModels.value(m_clusters[i].datacenter));
    deriveLinks();
    Q_EMIT changed();
}

void TopologyModel::regroup(ClusterNode& cluster, const DatacenterPlan& dc, const PodModel* pods)
{
    cluster.groups.clear();
    for (int kind = 0; kind <= int(GroupKind::Other); ++kind)
        cluster.groups.append(PodGroup {GroupKind(kind), dc.name + u'/' + groupKindName(GroupKind(kind)), {}, {}});
    cluster.podCount = pods ? pods->rowCount() : 0;
    // Two passes, so that each group's list is allocated once: with 10,000s of pods, growing the
    // lists dominated the recomputation (malloc and free of large blocks).
    constexpr int vaultServer = -1;
    std::vector<int> kinds(size_t(cluster.podCount));
    std::array<qsizetype, 6> sizes {};
    for (int row = 0; row < cluster.podCount; ++row) {
        const PodSummary& pod = pods->podAt(row);
        const bool vault = cluster.primary && TopologyRules::isVaultServer(pod, m_plan);
        kinds[size_t(row)] = vault ? vaultServer : int(TopologyRules::groupOf(pod, dc));
        if (!vault)
            ++sizes[size_t(kinds[size_t(row)])];
    }
    for (PodGroup& group : cluster.groups)
        group.pods.reserve(sizes[size_t(group.kind)]);
    for (int row = 0; row < cluster.podCount; ++row) {
        const PodSummary& pod = pods->podAt(row);
        if (kinds[size_t(row)] == vaultServer) {
            m_vault.pod = pod;
            continue;
        }
        PodGroup& group = cluster.groups[kinds[size_t(row)]];
        group.pods.append(pod);
        group.health = worse(group.health, healthOf(pod.status.health));
    }
    cluster.health = Health::Unknown;
    for (const PodGroup& group : std::as_const(cluster.groups))
        cluster.health = worse(cluster.health, group.health);
    updateStale(cluster);
}

void TopologyModel::updateStale(ClusterNode& cluster) const
{
    const PodModel* pods = m_podModels.value(cluster.datacenter);
    cluster.stale = (pods && pods->isStale()) || cluster.connection == ClusterConnectionState::Reconnecting
        || cluster.connection == ClusterConnectionState::Failed;
}

void TopologyModel::deriveLinks()
{
    m_links.clear();
    if (m_clusters.isEmpty())
        return;
    const ClusterNode& primary = m_clusters.first();
    auto add = [this](LinkKind kind, const QString& id, const QString& dc, const QString& from, const QString& to,
                   std::pair<LinkState, QString> derived) {
        TopologyLink l {id, kind, dc, from, to, derived.first, derived.second, false};
        if (const auto it = m_engineResults.constFind(id); it != m_engineResults.constEnd()) {
            l.state = it->state;
            l.evidence = it->evidence;
            l.fromEngine = true;
        }
        m_links.append(l);
    };
    QHash<QString, LinkState> agents;
    for (const ClusterNode& c : std::as_const(m_clusters)) {
        const auto derived = TopologyRules::agentsToVault(c);
        agents.insert(c.datacenter, derived.first);
        add(LinkKind::AgentsToVault, agentsToVaultLinkId(c.datacenter), c.datacenter,
            c.datacenter + u"/vault-injector"_s, u"vault"_s, derived);
    }
    for (const ClusterNode& c : m_clusters.mid(1)) {
        const QString api = c.datacenter + u"/api"_s;
        add(LinkKind::VaultToApiServer, vaultToApiServerLinkId(c.datacenter), c.datacenter, u"vault"_s, api,
            TopologyRules::vaultToApiServer(c, agents.value(c.datacenter)));
        add(LinkKind::ServersToApiServer, serversToApiServerLinkId(c.datacenter), c.datacenter,
            primary.datacenter + u"/consul-servers"_s, api, TopologyRules::serversToApiServer(c));
        add(LinkKind::MeshGatewayWan, wanLinkId(c.datacenter), c.datacenter, c.datacenter + u"/mesh-gateway"_s,
            primary.datacenter + u"/mesh-gateway"_s, TopologyRules::wan(c, primary));
    }
}

} // namespace meshfed
