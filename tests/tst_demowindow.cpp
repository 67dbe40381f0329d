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
#include "model/topology/TopologyModel.h"
#include "tests/support/SimScenario.h"

#include <QGraphicsItem>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

class TestDemoWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // the window keeps its geometry in QSettings

    void showsBothClustersAndVaultBeforeAnyInstall()
    {
        DemoSession demo;
        QString error;
        QVERIFY2(demo.start(scenario::fastSimulator(), &error), qPrintable(error));
        MainWindow window;
        window.showWorkspace(demo.workspace());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TopologyScene* scene = window.topologyWidget()->scene();
        QTRY_VERIFY(scene->itemFor(u"cluster:dc1"_s) && scene->itemFor(u"cluster:dc2"_s) && scene->itemFor(u"vault"_s));
        // The pods come over real watches of the simulated API servers.
        QTRY_VERIFY(scene->itemFor(u"cluster:dc1"_s)->toolTip().contains(u"sim-dc1 · connected"_s));
        QTRY_VERIFY(scene->itemFor(u"cluster:dc2"_s)->toolTip().contains(u"sim-dc2 · connected"_s));
        QVERIFY(scene->itemFor(u"vault"_s)->toolTip().contains(u"active"_s));
        QVERIFY(window.findChild<PodTableView*>(u"podTable-dc1"_s));
        QVERIFY(window.findChild<PodTableView*>(u"podTable-dc2"_s));
    }

    void failingPodShowsItsVaultAgentLog()
    {
        DemoSession demo;
        QString error;
        QVERIFY2(demo.start(scenario::fastSimulator(), &error), qPrintable(error));
        MainWindow window;
        window.showWorkspace(demo.workspace());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Vault, configured without the bootstrap-token policy on the server role, then Consul:
        // its install times out because the server never gets its secrets.
        const FederationPlan& plan = demo.plan();
        QVERIFY(scenario::install(demo.simulator(), plan, plan.primary(), true, 20).ok);
        QVERIFY(scenario::configureVaultForPrimary(demo.simulator(), plan, false));
        QVERIFY(!scenario::install(demo.simulator(), plan, plan.primary(), false, 1).ok);

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
        // Between back-offs the init container runs again (Init:0/2): wait for the back-off.
        QTRY_COMPARE_WITH_TIMEOUT(
            table->proxy()->index(0, PodModel::StatusColumn).data().toString(), u"Init:CrashLoopBackOff"_s, 10000);
    }
};

QTEST_MAIN(TestDemoWindow)
#include "tst_demowindow.moc"
