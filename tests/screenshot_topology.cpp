// Retakes docs/screenshots/topology.png (README.md shows it): the demo window on the simulator,
// with Vault and Consul installed in dc1 and Vault's server role missing the bootstrap-token
// policy, so consul-server-0 is stuck in Init:CrashLoopBackOff and its details show why.
// Run under xvfb-run (or any display): screenshot_topology <out.png>. Not a test.
#include "gui/topology/TopologyScene.h"
#include "gui/topology/TopologyView.h"
#include "gui/topology/TopologyWidget.h"
#include "model/kube/PodModel.h"
#include "model/topology/TopologyModel.h"
#include "tests/support/DemoScreenshot.h"

#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

namespace {

bool showStuckServer(DemoSession& demo, MainWindow& window)
{
    const FederationPlan& plan = demo.plan();
    scenario::install(demo.simulator(), plan, plan.primary(), true, 20);
    scenario::configureVaultForPrimary(demo.simulator(), plan, false);
    scenario::install(demo.simulator(), plan, plan.primary(), false, 1);
    scenario::install(demo.simulator(), plan, plan.datacenters.at(1), true, 20);
    QTest::qWait(1500);
    TopologyModel* topology = demo.workspace().topology;
    for (const PodSummary& pod : topology->cluster(u"dc1"_s)->group(GroupKind::ConsulServers).pods) {
        TopologyScene* scene = window.topologyWidget()->scene();
        scene->relayoutNow();
        scene->selectPod(u"dc1"_s, PodModel::keyOf(pod));
        Q_EMIT scene->podSelected(u"dc1"_s, PodModel::keyOf(pod));
    }
    window.topologyWidget()->view()->fitToScene();
    QTest::qWait(500);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    return test::takeDemoScreenshot(argc, argv, "screenshot_topology", showStuckServer);
}
