#include "model/kube/PodModel.h"
#include "model/topology/TopologyModel.h"
#include "tests/support/PodFixtures.h"

#include <QSignalSpy>
#include <QTest>

using namespace meshfed;
using namespace meshfed::fixtures;
using namespace Qt::StringLiterals;

class TestTopologyModel : public QObject
{
    Q_OBJECT

private:
    FederationPlan m_plan;
    std::unique_ptr<PodModel> m_dc1;
    std::unique_ptr<PodModel> m_dc2;
    std::unique_ptr<TopologyModel> m_topology;

    void put(PodModel& pods, const QJsonObject& pod)
    {
        pods.applyEvent(pods.rowOfKey(u"uid-"_s + pod[u"metadata"_s][u"name"_s].toString()) >= 0
                ? PodEvent::Type::Modified
                : PodEvent::Type::Added,
            pod);
        m_topology->refresh();
    }

private Q_SLOTS:
    void init()
    {
        m_plan = FederationPlan::defaults();
        m_dc1 = std::make_unique<PodModel>();
        m_dc2 = std::make_unique<PodModel>();
        m_topology = std::make_unique<TopologyModel>();
        m_topology->setPlan(m_plan);
        m_topology->setPodModel(u"dc1"_s, m_dc1.get());
        m_topology->setPodModel(u"dc2"_s, m_dc2.get());
    }

    void emptyPlanShowsClustersVaultAndLinks()
    {
        QCOMPARE(m_topology->clusters().size(), 2);
        QVERIFY(m_topology->clusters().at(0).primary);
        QVERIFY(!m_topology->clusters().at(1).primary);
        QCOMPARE(m_topology->clusters().at(1).groups.size(), 6);
        QCOMPARE(m_topology->clusters().at(1).health, Health::Unknown);
        QCOMPARE(m_topology->vault().datacenter, u"dc1"_s);
        // agents→vault for both, and vault→api, servers→api, wan for the secondary
        QCOMPARE(m_topology->links().size(), 5);
        for (const TopologyLink& link : m_topology->links())
            QCOMPARE(link.state, LinkState::Unknown);
        QVERIFY(m_topology->link(TopologyModel::wanLinkId(u"dc2"_s)));
        QVERIFY(!m_topology->link(TopologyModel::wanLinkId(u"dc1"_s)));
    }

    void podsAreGroupedByLabels()
    {
        put(*m_dc1, pod(u"consul-server-0"_s, consulLabels(u"consul-dc1"_s, u"server"_s), PodShape::Running));
        put(*m_dc1,
            pod(u"consul-mesh-gateway-x"_s, consulLabels(u"consul-dc1"_s, u"mesh-gateway"_s), PodShape::Running));
        put(*m_dc1,
            pod(u"consul-connect-injector-x"_s, consulLabels(u"consul-dc1"_s, u"connect-injector"_s),
                PodShape::Running));
        put(*m_dc1,
            pod(u"consul-server-acl-init-x"_s, consulLabels(u"consul-dc1"_s, u"server-acl-init"_s), PodShape::Completed,
                false));
        put(*m_dc1, pod(u"vault-dc1-agent-injector-x"_s, injectorLabels(u"vault-dc1"_s), PodShape::Running, false));
        put(*m_dc1, pod(u"vault-dc1-0"_s, vaultServerLabels(u"vault-dc1"_s), PodShape::Running, false));
        put(*m_dc1,
            pod(u"consul-server-0-other-release"_s, consulLabels(u"consul-x"_s, u"server"_s), PodShape::Running));
        put(*m_dc1, pod(u"nginx"_s, {}, PodShape::Pending, false));
        const ClusterNode& dc1 = *m_topology->cluster(u"dc1"_s);
        QCOMPARE(dc1.group(GroupKind::ConsulServers).pods.size(), 1);
        QCOMPARE(dc1.group(GroupKind::MeshGateway).pods.size(), 1);
        QCOMPARE(dc1.group(GroupKind::ConnectInjector).pods.size(), 1);
        QCOMPARE(dc1.group(GroupKind::AclInit).pods.first().status.status, u"Completed"_s);
        QCOMPARE(dc1.group(GroupKind::VaultInjector).pods.first().name, u"vault-dc1-agent-injector-x"_s);
        QCOMPARE(dc1.group(GroupKind::Other).pods.size(), 2); // another release, and nginx
        QCOMPARE(dc1.group(GroupKind::ConsulServers).id, u"dc1/consul-servers"_s);
        QVERIFY(m_topology->vault().pod);
        QCOMPARE(m_topology->vault().pod->name, u"vault-dc1-0"_s);
        QCOMPARE(dc1.podCount, 8);
    }

    void healthIsTheWorstMember()
    {
        QSignalSpy changed(m_topology.get(), &TopologyModel::changed);
        put(*m_dc2, pod(u"consul-server-0"_s, consulLabels(u"consul-dc2"_s, u"server"_s), PodShape::Running));
        put(*m_dc2, pod(u"consul-server-1"_s, consulLabels(u"consul-dc2"_s, u"server"_s), PodShape::Running));
        const auto servers = [this] { return m_topology->cluster(u"dc2"_s)->group(GroupKind::ConsulServers); };
        QCOMPARE(servers().health, Health::Healthy);
        QCOMPARE(m_topology->cluster(u"dc2"_s)->health, Health::Healthy);
        QVERIFY(!changed.isEmpty());

        put(*m_dc2, pod(u"consul-server-1"_s, consulLabels(u"consul-dc2"_s, u"server"_s), PodShape::Pending));
        QCOMPARE(servers().health, Health::Progressing);
        put(*m_dc2, pod(u"consul-server-0"_s, consulLabels(u"consul-dc2"_s, u"server"_s), PodShape::InitCrashLoop));
        QCOMPARE(servers().pods.first().status.status, u"Init:CrashLoopBackOff"_s);
        QCOMPARE(servers().health, Health::Failing);
        QCOMPARE(m_topology->cluster(u"dc2"_s)->health, Health::Failing);
        QCOMPARE(m_topology->cluster(u"dc1"_s)->health, Health::Unknown);
        QCOMPARE(servers().statusCounts(),
            (QList<std::pair<QString, int>> {{u"Init:CrashLoopBackOff"_s, 1}, {u"Pending"_s, 1}}));

        m_dc2->applyEvent(PodEvent::Type::Deleted, pod(u"consul-server-0"_s, {}, PodShape::Running));
        m_topology->refresh();
        QCOMPARE(servers().health, Health::Progressing);
    }

    void podChangesAreCoalesced()
    {
        QSignalSpy changed(m_topology.get(), &TopologyModel::changed);
        for (int i = 0; i < 50; ++i)
            m_dc1->applyEvent(PodEvent::Type::Added,
                pod(u"consul-server-%1"_s.arg(i), consulLabels(u"consul-dc1"_s, u"server"_s), PodShape::Running));
        QCOMPARE(changed.size(), 0);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(m_topology->cluster(u"dc1"_s)->group(GroupKind::ConsulServers).pods.size(), 50);
    }

    void linksFollowPods()
    {
        const QString agents = TopologyModel::agentsToVaultLinkId(u"dc2"_s);
        put(*m_dc2, pod(u"consul-server-0"_s, consulLabels(u"consul-dc2"_s, u"server"_s), PodShape::InitCrashLoop));
        QCOMPARE(m_topology->link(agents)->state, LinkState::Failing);
        QVERIFY2(m_topology->link(agents)->evidence.contains(u"consul-server-0"_s),
            qPrintable(m_topology->link(agents)->evidence));
        QCOMPARE(m_topology->link(TopologyModel::vaultToApiServerLinkId(u"dc2"_s))->state, LinkState::Unknown);

        put(*m_dc2, pod(u"consul-server-0"_s, consulLabels(u"consul-dc2"_s, u"server"_s), PodShape::Running));
        QCOMPARE(m_topology->link(agents)->state, LinkState::Ok);
        QCOMPARE(m_topology->link(TopologyModel::vaultToApiServerLinkId(u"dc2"_s))->state, LinkState::Ok);
        QCOMPARE(m_topology->link(TopologyModel::wanLinkId(u"dc2"_s))->state, LinkState::Unknown);
        put(*m_dc2, pod(u"gw"_s, consulLabels(u"consul-dc2"_s, u"mesh-gateway"_s), PodShape::Running));
        put(*m_dc1, pod(u"gw1"_s, consulLabels(u"consul-dc1"_s, u"mesh-gateway"_s), PodShape::Running));
        QCOMPARE(m_topology->link(TopologyModel::wanLinkId(u"dc2"_s))->state, LinkState::Ok);
        QCOMPARE(m_topology->link(TopologyModel::wanLinkId(u"dc2"_s))->from, u"dc2/mesh-gateway"_s);
        QCOMPARE(m_topology->link(TopologyModel::wanLinkId(u"dc2"_s))->to, u"dc1/mesh-gateway"_s);
    }

    void engineResultsOverridePods()
    {
        const QString wan = TopologyModel::wanLinkId(u"dc2"_s);
        QSignalSpy changed(m_topology.get(), &TopologyModel::changed);
        QVERIFY(m_topology->setLinkResult(wan, LinkState::Failing, u"dial tcp 192.0.2.30:443: i/o timeout"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_topology->link(wan)->state, LinkState::Failing);
        QVERIFY(m_topology->link(wan)->fromEngine);
        QCOMPARE(m_topology->link(wan)->evidence, u"dial tcp 192.0.2.30:443: i/o timeout"_s);
        // Pods do not overwrite an engine result...
        put(*m_dc2, pod(u"consul-server-0"_s, consulLabels(u"consul-dc2"_s, u"server"_s), PodShape::Running));
        QCOMPARE(m_topology->link(wan)->state, LinkState::Failing);
        // ...until it is cleared.
        m_topology->clearLinkResult(wan);
        QCOMPARE(m_topology->link(wan)->state, LinkState::Unknown);
        QVERIFY(!m_topology->link(wan)->fromEngine);
        QVERIFY(!m_topology->setLinkResult(u"no-such-link"_s, LinkState::Ok, {}));
        const QString review = TopologyModel::vaultToApiServerLinkId(u"dc2"_s);
        QVERIFY(m_topology->setLinkResult(review, LinkState::Ok, u"TokenReview answered 201"_s));
        QCOMPARE(m_topology->link(review)->state, LinkState::Ok);
    }

    void thirdDatacenterAppears()
    {
        FederationPlan plan = m_plan;
        plan.addSecondary(u"dc3"_s);
        PodModel dc3;
        m_topology->setPlan(plan);
        m_topology->setPodModel(u"dc3"_s, &dc3);
        QCOMPARE(m_topology->clusters().size(), 3);
        QCOMPARE(m_topology->clusters().at(2).datacenter, u"dc3"_s);
        QVERIFY(m_topology->link(TopologyModel::wanLinkId(u"dc3"_s)));
        QVERIFY(m_topology->link(TopologyModel::serversToApiServerLinkId(u"dc3"_s)));
        QCOMPARE(m_topology->link(TopologyModel::serversToApiServerLinkId(u"dc3"_s))->from, u"dc1/consul-servers"_s);
        QCOMPARE(m_topology->links().size(), 3 + 3 * 2);
        dc3.applyEvent(PodEvent::Type::Added,
            pod(u"consul-server-0"_s, consulLabels(u"consul-dc3"_s, u"server"_s), PodShape::CrashLoop));
        m_topology->refresh();
        QCOMPARE(m_topology->cluster(u"dc3"_s)->health, Health::Failing);
        // The other clusters keep their pods.
        QCOMPARE(m_topology->cluster(u"dc1"_s)->podCount, 0);
    }

    void connectionAndStaleStates()
    {
        QCOMPARE(m_topology->cluster(u"dc2"_s)->connection, ClusterConnectionState::Unknown);
        m_topology->setConnectionState(u"dc2"_s, ClusterConnectionState::Connected);
        QCOMPARE(m_topology->cluster(u"dc2"_s)->connection, ClusterConnectionState::Connected);
        QVERIFY(!m_topology->cluster(u"dc2"_s)->stale);

        m_topology->setConnectionState(u"dc2"_s, ClusterConnectionState::Reconnecting, u"watch closed: EOF"_s);
        QCOMPARE(m_topology->cluster(u"dc2"_s)->connectionReason, u"watch closed: EOF"_s);
        QVERIFY(m_topology->cluster(u"dc2"_s)->stale);
        m_topology->setConnectionState(u"dc2"_s, ClusterConnectionState::Failed, u"x509: unknown authority"_s);
        QCOMPARE(m_topology->cluster(u"dc2"_s)->connection, ClusterConnectionState::Failed);

        m_topology->setConnectionState(u"dc1"_s, ClusterConnectionState::Connected);
        m_dc1->setStale(true);
        QTRY_VERIFY(m_topology->cluster(u"dc1"_s)->stale);
        m_dc1->setStale(false);
        QTRY_VERIFY(!m_topology->cluster(u"dc1"_s)->stale);

        // A new plan keeps the known connection states.
        m_topology->setPlan(m_plan);
        QCOMPARE(m_topology->cluster(u"dc2"_s)->connection, ClusterConnectionState::Failed);
    }

    void vaultHealth()
    {
        QSignalSpy changed(m_topology.get(), &TopologyModel::changed);
        m_topology->setVaultState(VaultState::Sealed, u"sys/health answered 503"_s);
        QCOMPARE(m_topology->vault().health, VaultState::Sealed);
        QCOMPARE(m_topology->vault().reason, u"sys/health answered 503"_s);
        m_topology->setVaultState(VaultState::Sealed, u"sys/health answered 503"_s);
        QCOMPARE(changed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTopologyModel)
#include "tst_topologymodel.moc"
