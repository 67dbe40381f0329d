// Retakes docs/screenshots/steps.png (README.md shows it): the demo window after Run all on the
// simulator, Setup → Steps with the preflight of dc2 selected. Not a test.
// Run under xvfb-run (or any display): screenshot_steps <out.png>.
#include "gui/app/SetupWorkspace.h"
#include "gui/connections/ConnectionsPanel.h"
#include "gui/steps/StepsPanel.h"
#include "model/plan/PlanDocument.h"
#include "services/sim/Simulator.h"
#include "services/sim/vault/SimVault.h"
#include "tests/support/DemoScreenshot.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <cstdio>

using namespace meshfed;
using namespace Qt::StringLiterals;

namespace {

bool showStepsAfterRunAll(DemoSession& demo, MainWindow& window)
{
    SetupWorkspace* setup = window.setupWorkspace();
    setup->planDocument()->adopt(demo.plan());
    setup->connections()->setKubeconfigPath(demo.kubeconfigPath());
    setup->connections()->setVaultToken(demo.simulator().vault().rootToken());
    setup->setHelm(&demo.simulator().helm());
    StepsPanel* steps = setup->steps();
    QSignalSpy finished(steps, &StepsPanel::runFinished);
    steps->runAllAction()->trigger();
    if (finished.isEmpty() && !finished.wait(180000)) {
        std::fprintf(stderr, "the run did not finish\n");
        return false;
    }
    window.findChild<QTabWidget*>(u"mainTabs"_s)->setCurrentWidget(setup);
    setup->tabs()->setCurrentWidget(steps);
    steps->selectStep(u"preflight/dc2"_s);
    QTest::qWait(500);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    return test::takeDemoScreenshot(argc, argv, "screenshot_steps", showStepsAfterRunAll);
}
