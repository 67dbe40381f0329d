// The main window in demo mode: the simulator's clusters and Vault appear; a pod that cannot read
// its secrets from Vault is selected in the topology and its vault-agent-init log shows why.
#include "gui/app/DemoSession.h"
#include "gui/app/MainWindow.h"
#include "gui/pods/PodDetailsView.h"
#include "gui/pods/PodTableView.h"
#include "gui/topology/TopologyScene.h"
#include "gui/topology/TopologyView.h"
#include "gui/topology/TopologyWidget.h"
#include "model/kube/PodFilterProxy.h"
#include "model/kube/PodModel.h"
#include "model/plan/ValuesGenerator.h"
#include "model/plan/VaultSetup.h"
#include "model/topology/TopologyModel.h"
#include "services/sim/helm/SimHelm.h"
#include "services/sim/Simulator.h"
#include "services/sim/vault/SimVault.h"
#include "services/vault/VaultClient.h"

#include <QGraphicsItem>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

namespace {

SimulatorOptions fast()
{
    SimulatorOptions options;
    options.timing = {30, 60, 200, 20};
    options.loadBalancerDelayMs = 20;
    options.tokenControllerDelayMs = 10;
    return options;
}

template <typename T> T run(QCoro::Task<T>&& task)
{
    return QCoro::waitFor(std::move(task));
}

} // namespace

class TestDemoWindow : public QObject
{
    Q_OBJECT

private:
    /// What the setup engine will do for dc1, minus the bootstrap-token policy on the server role:
    /// consul-server-0's vault-agent-init is then refused by Vault.
    void configureVaultWithoutBootstrapPolicy(DemoSession& demo)
    {
        QNetworkAccessManager nam;
        VaultConfig config;
        config.address = demo.simulator().vault().address();
        config.token = demo.simulator().vault().rootToken();
        VaultClient vault(&nam, config);
        vault.setRetryPolicy(RetryPolicy::none());
        const FederationPlan& plan = demo.plan();
        const DatacenterPlan& dc1 = plan.primary();
        QVERIFY(run(vault.enableKvV2(u"consul"_s)).ok());
        QVERIFY(run(vault.enableSecretsEngine(u"pki"_s, u"pki"_s)).ok());
        QVERIFY(run(vault.enableAuthMethod(dc1.authMount, u"kubernetes"_s)).ok());
        QVERIFY(
            run(vault.writeAuthConfig(dc1.authMount, {{u"kubernetes_host"_s, VaultSetup::inClusterKubernetesHost()}}))
                .ok());
        QVERIFY(run(vault.writeKv(u"consul"_s, u"secret/gossip"_s, {{u"key"_s, u"c2VjcmV0"_s}}, 0)).ok());
        QVERIFY(run(vault.writeKv(u"consul"_s, u"secret/bootstrap"_s, {{u"token"_s, u"b"_s}}, 0)).ok());
        QVERIFY(run(vault.writeKv(u"consul"_s, u"secret/replication"_s, {{u"token"_s, u"r"_s}}, 0)).ok());
        QVERIFY(
            run(vault.generateRootCa(u"pki"_s, {{u"common_name"_s, u"Consul CA"_s}, {u"ttl"_s, u"87600h"_s}})).ok());
        for (const VaultPolicy& p : VaultSetup::policies(plan))
            QVERIFY(run(vault.writePolicy(p.name, p.hcl)).ok());
        for (KubernetesAuthRole role : VaultSetup::authRoles(plan, dc1)) {
            if (role.name == u"consul-server"_s)
                role.policies.removeAll(u"bootstrap-token"_s);
            QVERIFY(run(vault.writeAuthRole(role.mount, role.name, role.body())).ok());
        }
        const PkiRole pki = VaultSetup::pkiRole(plan, dc1);
        QVERIFY(run(vault.writePkiRole(pki.mount, pki.name, pki.body())).ok());
    }

    void install(DemoSession& demo, bool vault, int timeoutSeconds)
    {
        const FederationPlan& plan = demo.plan();
        const DatacenterPlan& dc = plan.primary();
        const GeneratedFile file
            = vault ? ValuesGenerator::vaultValues(plan, dc) : ValuesGenerator::consulValues(plan, dc);
        HelmInstall request {vault ? dc.vaultRelease : dc.consulRelease, vault ? u"vault"_s : u"consul"_s,
            plan.helmRepository, vault ? plan.vault.chartVersion : plan.consul.chartVersion, dc.kubeContext,
            dc.kubeNamespace, file.name, file.content, true, std::chrono::seconds(timeoutSeconds)};
        run(demo.simulator().helm().upgradeInstall(request));
    }

private Q_SLOTS:
    void showsBothClustersAndVaultBeforeAnyInstall()
    {
        DemoSession demo;
        QString error;
        QVERIFY2(demo.start(fast(), &error), qPrintable(error));
        MainWindow window;
        window.showWorkspace(demo.workspace());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TopologyScene* scene = window.topologyWidget()->scene();
        QTRY_VERIFY(scene->itemFor(u"cluster:dc1"_s) && scene->itemFor(u"cluster:dc2"_s) && scene->itemFor(u"vault"_s));
        QVERIFY(scene->itemFor(u"cluster:dc1"_s)->toolTip().contains(u"sim-dc1 · connected"_s));
        QVERIFY(scene->itemFor(u"cluster:dc2"_s)->toolTip().contains(u"sim-dc2 · connected"_s));
        QVERIFY(scene->itemFor(u"vault"_s)->toolTip().contains(u"active"_s));
        QVERIFY(window.findChild<PodTableView*>(u"podTable-dc1"_s));
        QVERIFY(window.findChild<PodTableView*>(u"podTable-dc2"_s));
    }

    void failingPodShowsItsVaultAgentLog()
    {
        DemoSession demo;
        QString error;
        QVERIFY2(demo.start(fast(), &error), qPrintable(error));
        MainWindow window;
        window.showWorkspace(demo.workspace());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        install(demo, true, 20);
        configureVaultWithoutBootstrapPolicy(demo);
        install(demo, false, 1); // times out: the server never gets its secrets

        TopologyModel* topology = demo.workspace().topology;
        QString key;
        auto findFailing = [&] {
            for (const PodSummary& pod : topology->cluster(u"dc1"_s)->group(GroupKind::ConsulServers).pods) {
                if (pod.name == u"consul-server-0"_s && pod.status.status == u"Init:CrashLoopBackOff"_s)
                    key = PodModel::keyOf(pod);
            }
            return !key.isEmpty();
        };
        QTRY_VERIFY_WITH_TIMEOUT(findFailing(), 10000);
        QTRY_COMPARE(topology->link(TopologyModel::agentsToVaultLinkId(u"dc1"_s))->state, LinkState::Failing);
        TopologyScene* scene = window.topologyWidget()->scene();
        QTRY_VERIFY(scene->itemFor(u"pod:dc1/"_s + key));

        scene->relayoutNow(); // no layout may replace the chip between finding and clicking it
        QGraphicsItem* chip = scene->itemFor(u"pod:dc1/"_s + key);
        TopologyView* view = window.topologyWidget()->view();
        view->centerOn(chip);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(chip->sceneBoundingRect().center()));

        PodDetailsView* details = window.podDetails();
        QCOMPARE(details->currentPod().name, u"consul-server-0"_s);
        QCOMPARE(details->currentContainer(), u"vault-agent-init"_s);
        QTRY_VERIFY2(details->logText().contains(u"permission denied"_s), qPrintable(details->logText()));
        QVERIFY(details->logText().contains(u"consul/data/secret/bootstrap"_s));
        QTRY_VERIFY(details->eventCount() > 0);

        // The pod table of dc1 finds it by its status.
        auto* table = window.findChild<PodTableView*>(u"podTable-dc1"_s);
        table->findChild<QLineEdit*>(u"podFilter"_s)->setText(u"consul-server-0"_s);
        QTRY_COMPARE(table->proxy()->rowCount(), 1);
        QCOMPARE(table->proxy()->index(0, PodModel::StatusColumn).data().toString(), u"Init:CrashLoopBackOff"_s);
    }
};

QTEST_MAIN(TestDemoWindow)
#include "tst_demowindow.moc"
